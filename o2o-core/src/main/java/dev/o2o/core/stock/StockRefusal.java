package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;

/** Why a movement was refused: which SKU, location and bucket, what was asked and what was there. */
public record StockRefusal(
    MovementId movement, MovementKind kind, SkuCode sku, LocationId location, Bucket bucket, int requested, int present) {

  /** A sentence for staff and logs. */
  public String message() {
    return kind + " of " + requested + " x " + sku + " at " + location + " refused: " + bucket + " is " + present
        + " (movement " + movement + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
