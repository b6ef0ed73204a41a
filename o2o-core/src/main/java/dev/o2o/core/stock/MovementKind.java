package dev.o2o.core.stock;

/**
 * Every kind of stock movement and its effect on the buckets of the position it names; {@link #TRANSFER_DISPATCH}
 * also adds to the in-transit bucket of its destination.
 *
 * <p>A movement is refused when, applied, it would leave any bucket negative or promise more than is on hand
 * (allocated + offlineScheduled + pickupReserved &gt; onHand); for the kinds DESIGN.md says are refused "when available
 * &lt; q" this is exactly that rule.
 */
public enum MovementKind {
  /** onHand +q. */
  RECEIVE(+1, 0, 0, 0, 0),
  /** Stock count found more: onHand +q, with a reason. */
  ADJUST_IN(+1, 0, 0, 0, 0),
  /** Stock count found less: onHand −q, with a reason. */
  ADJUST_OUT(-1, 0, 0, 0, 0),
  /** allocated +q. */
  ALLOCATE(0, +1, 0, 0, 0),
  /** allocated −q. */
  DEALLOCATE(0, -1, 0, 0, 0),
  /** onHand −q, allocated −q. */
  SHIP(-1, -1, 0, 0, 0),
  /** offlineScheduled +q. */
  SCHEDULE_OFFLINE(0, 0, +1, 0, 0),
  /** offlineScheduled −q. */
  UNSCHEDULE_OFFLINE(0, 0, -1, 0, 0),
  /** onHand −q, offlineScheduled −q. */
  SHIP_OFFLINE(-1, 0, -1, 0, 0),
  /** Source onHand −q; the destination's inTransit +q. */
  TRANSFER_DISPATCH(-1, 0, 0, 0, 0),
  /** At the destination: inTransit −q, onHand +q. */
  TRANSFER_RECEIVE(+1, 0, 0, 0, -1),
  /** pickupReserved +q. */
  PICKUP_RESERVE(0, 0, 0, +1, 0),
  /** pickupReserved −q. */
  PICKUP_RELEASE(0, 0, 0, -1, 0),
  /** onHand −q, pickupReserved −q. */
  PICKUP_HANDOVER(-1, 0, 0, -1, 0),
  /** A sale at the till: onHand −q. */
  STORE_SALE(-1, 0, 0, 0, 0);

  private final int onHand;
  private final int allocated;
  private final int offlineScheduled;
  private final int pickupReserved;
  private final int inTransit;

  MovementKind(int onHand, int allocated, int offlineScheduled, int pickupReserved, int inTransit) {
    this.onHand = onHand;
    this.allocated = allocated;
    this.offlineScheduled = offlineScheduled;
    this.pickupReserved = pickupReserved;
    this.inTransit = inTransit;
  }

  /** The position after this kind of movement of {@code q} units, unchecked. */
  StockFigures applyTo(StockFigures figures, int q) {
    return new StockFigures(
        figures.onHand() + onHand * q,
        figures.allocated() + allocated * q,
        figures.offlineScheduled() + offlineScheduled * q,
        figures.pickupReserved() + pickupReserved * q,
        figures.inTransit() + inTransit * q);
  }

  /** Whether a movement of this kind names a destination (only transfers do). */
  public boolean hasDestination() {
    return this == TRANSFER_DISPATCH;
  }

  /** Whether a movement of this kind must give a reason (stock-count adjustments do). */
  public boolean needsReason() {
    return this == ADJUST_IN || this == ADJUST_OUT;
  }
}
