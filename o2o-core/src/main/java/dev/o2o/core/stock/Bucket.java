package dev.o2o.core.stock;

/** A stock bucket of a position; {@link #AVAILABLE} is the derived bucket a refusal names when nothing is left to promise. */
public enum Bucket {
  ON_HAND,
  ALLOCATED,
  OFFLINE_SCHEDULED,
  PICKUP_RESERVED,
  IN_TRANSIT,
  /** onHand − offlineScheduled − pickupReserved − allocated. */
  AVAILABLE
}
