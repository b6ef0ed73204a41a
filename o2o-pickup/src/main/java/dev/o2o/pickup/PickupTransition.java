package dev.o2o.pickup;

/** What can be asked of a pickup; {@link PickupStateMachine} says from which state each leads where. */
public enum PickupTransition {
  /** The last requested unit was scanned at acceptance. */
  ACCEPT,
  /** The customer collected the items. */
  COMPLETE,
  /** The store cannot provide the items. */
  MARK_UNAVAILABLE,
  /** The mall or the store cancels the whole pickup (also what the last partial cancellation leads to). */
  CANCEL,
  /** Some units are cancelled and others remain. */
  CANCEL_LINES,
  /** The deadline passed and the expiry slip printed. */
  EXPIRE
}
