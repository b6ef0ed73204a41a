package dev.o2o.pickup;

/** A mall order number already taken as a pickup came again with another content (store, customer or lines). */
public final class ConflictingPickupRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictingPickupRequestException(Pickup existing, PickupRequest request) {
    super("order " + request.mallOrderNumber() + " was taken as " + existing + " with " + existing.lines()
        + " and now comes with another content: " + request.lines() + " at " + request.store());
  }
}
