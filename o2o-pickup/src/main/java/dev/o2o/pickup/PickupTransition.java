package dev.o2o.pickup;

/** What can be asked of a pickup; {@link PickupStateMachine} says from which state each leads where. */
public enum PickupTransition {
  /** The last requested unit was scanned at acceptance. */
  ACCEPT(PickupState.ACCEPTED),
  /** The customer collected the items. */
  COMPLETE(PickupState.COMPLETED),
  /** The store cannot provide the items. */
  MARK_UNAVAILABLE(PickupState.UNAVAILABLE),
  /** The mall or the store cancels the whole pickup (also what the last partial cancellation leads to). */
  CANCEL(PickupState.CANCELLED),
  /** Some units are cancelled and others remain (the state stays). */
  CANCEL_LINES(null),
  /** The deadline passed and the expiry slip printed. */
  EXPIRE(PickupState.EXPIRED);

  private final PickupState target;

  PickupTransition(PickupState target) {
    this.target = target;
  }

  /** The state this transition is meant to reach; empty for a partial cancellation, which keeps the state. */
  public java.util.Optional<PickupState> target() {
    return java.util.Optional.ofNullable(target);
  }
}
