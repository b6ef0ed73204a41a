package dev.o2o.pickup;

/** A {@link PickupStore} was asked to insert a pickup whose slip number or mall order number it already holds. */
public final class DuplicatePickupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicatePickupException(String message) {
    super(message);
  }
}
