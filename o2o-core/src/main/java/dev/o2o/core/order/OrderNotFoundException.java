package dev.o2o.core.order;

/** A command named an order that was never taken. */
public final class OrderNotFoundException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OrderNotFoundException(OrderId id) {
    super("unknown order " + id + ": it was never taken");
  }
}
