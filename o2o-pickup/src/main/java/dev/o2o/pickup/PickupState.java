package dev.o2o.pickup;

/** Where a pickup stands; which state follows which is {@link PickupStateMachine}'s table. */
public enum PickupState {
  /** The mall asked; the store stock is reserved; the acceptance slip waits to be printed and scanned. */
  REQUESTED(DisplayCategory.REQUESTED),
  /** Every requested unit was scanned; the items wait on the pickup hanger. */
  ACCEPTED(DisplayCategory.ACCEPTED),
  /** The customer collected the items (stock handed over). */
  COMPLETED(DisplayCategory.COMPLETED),
  /** The store could not provide the items (with a reason); the stock is released. */
  UNAVAILABLE(DisplayCategory.CANCELLED),
  /** Cancelled by the mall or the store, wholly or line by line until no line was left; the stock is released. */
  CANCELLED(DisplayCategory.CANCELLED),
  /** Accepted, then not collected by the deadline; the stock is released for sale in the store. */
  EXPIRED(DisplayCategory.EXPIRED);

  private final DisplayCategory category;

  PickupState(DisplayCategory category) {
    this.category = category;
  }

  /** The history's category for this state. */
  public DisplayCategory displayCategory() {
    return category;
  }

  /** The history's colour for this state. */
  public DisplayColour displayColour() {
    return category.colour();
  }

  /** Whether the pickup still holds reserved store stock in this state. */
  public boolean holdsStock() {
    return this == REQUESTED || this == ACCEPTED;
  }

  /** Whether nothing can follow this state. */
  public boolean isFinal() {
    return PickupStateMachine.transitionsFrom(this).isEmpty();
  }
}
