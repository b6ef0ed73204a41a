package dev.o2o.core.order;

/** An order number already taken in a channel was given again with other content. */
public final class OrderConflictException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OrderConflictException(OrderId id, String difference) {
    super("order " + id + " was already taken with other content (" + difference
        + "): a mall order number names one order only in its channel");
  }
}
