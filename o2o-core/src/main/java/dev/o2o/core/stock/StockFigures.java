package dev.o2o.core.stock;

/**
 * The bucket counts of one position, or a sum of positions, with the derived figures; unlike {@link StockPosition} it
 * is not checked, so that a reconciliation can hold whatever a ledger folds to.
 */
public record StockFigures(int onHand, int allocated, int offlineScheduled, int pickupReserved, int inTransit) {

  public static final StockFigures ZERO = new StockFigures(0, 0, 0, 0, 0);

  /** onHand − offlineScheduled − pickupReserved. */
  public int availableBeforeAllocation() {
    return onHand - offlineScheduled - pickupReserved;
  }

  /** availableBeforeAllocation − allocated. */
  public int available() {
    return availableBeforeAllocation() - allocated;
  }

  /** The value of one bucket. */
  public int get(Bucket bucket) {
    return switch (bucket) {
      case ON_HAND -> onHand;
      case ALLOCATED -> allocated;
      case OFFLINE_SCHEDULED -> offlineScheduled;
      case PICKUP_RESERVED -> pickupReserved;
      case IN_TRANSIT -> inTransit;
      case AVAILABLE -> available();
    };
  }

  /**
   * Whether no bucket is negative and {@link Bucket#AVAILABLE} is not below zero, that is whether {@link #violation()}
   * is empty: straight comparisons, for the path every movement takes.
   */
  public boolean keepsInvariants() {
    return onHand >= 0 && allocated >= 0 && offlineScheduled >= 0 && pickupReserved >= 0 && inTransit >= 0
        && available() >= 0;
  }

  /** The first bucket that breaks an invariant (a negative bucket, or {@link Bucket#AVAILABLE} below zero), if any. */
  public java.util.Optional<Bucket> violation() {
    if (keepsInvariants()) {
      return java.util.Optional.empty();
    }
    for (Bucket bucket : Bucket.values()) {
      if (get(bucket) < 0) {
        return java.util.Optional.of(bucket);
      }
    }
    return java.util.Optional.empty();
  }

  public StockFigures plus(StockFigures other) {
    return new StockFigures(
        onHand + other.onHand,
        allocated + other.allocated,
        offlineScheduled + other.offlineScheduled,
        pickupReserved + other.pickupReserved,
        inTransit + other.inTransit);
  }

  StockFigures withInTransit(int value) {
    return new StockFigures(onHand, allocated, offlineScheduled, pickupReserved, value);
  }
}
