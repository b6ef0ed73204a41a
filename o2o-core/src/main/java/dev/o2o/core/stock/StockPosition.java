package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/**
 * One SKU at one location: its buckets, its safety stock, and the figures derived from them. A position always keeps
 * the invariants (no bucket negative, nothing promised beyond what is on hand); the constructor refuses any other.
 */
public record StockPosition(PositionKey key, StockFigures figures, int safetyStock) {

  /** Refuses positions that break an invariant, naming the bucket. */
  public StockPosition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(figures, "figures");
    if (!figures.keepsInvariants()) {
      Bucket bucket = figures.violation().orElseThrow();
      throw new IllegalArgumentException(
          "position " + key + " would have " + bucket + " = " + figures.get(bucket) + ": " + figures);
    }
    if (safetyStock < 0) {
      throw new IllegalArgumentException("safety stock of " + key + " must not be negative, got " + safetyStock);
    }
  }

  /** A position with nothing in it. */
  public static StockPosition empty(PositionKey key) {
    return new StockPosition(key, StockFigures.ZERO, 0);
  }

  public SkuCode sku() {
    return key.sku();
  }

  public LocationId location() {
    return key.location();
  }

  public int onHand() {
    return figures.onHand();
  }

  public int allocated() {
    return figures.allocated();
  }

  public int offlineScheduled() {
    return figures.offlineScheduled();
  }

  public int pickupReserved() {
    return figures.pickupReserved();
  }

  public int inTransit() {
    return figures.inTransit();
  }

  /** onHand − offlineScheduled − pickupReserved. */
  public int availableBeforeAllocation() {
    return figures.availableBeforeAllocation();
  }

  /** availableBeforeAllocation − allocated. */
  public int available() {
    return figures.available();
  }

  /** max(0, available − safetyStock): what the online mall may sell from this position. */
  public int sellableOnline() {
    return Math.max(0, available() - safetyStock);
  }

  /** Whether every bucket and the safety stock are zero. */
  public boolean isEmpty() {
    return figures.equals(StockFigures.ZERO) && safetyStock == 0;
  }

  public StockPosition withFigures(StockFigures newFigures) {
    return new StockPosition(key, newFigures, safetyStock);
  }

  public StockPosition withSafetyStock(int newSafetyStock) {
    return new StockPosition(key, figures, newSafetyStock);
  }
}
