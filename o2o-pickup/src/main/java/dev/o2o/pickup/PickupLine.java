package dev.o2o.pickup;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/**
 * One line of a pickup, numbered from 1 in the order of the request: the SKU, the units requested and the units
 * cancelled since. The units still wanted are {@link #active()}.
 */
public record PickupLine(int number, SkuCode sku, Quantity quantity, Quantity cancelled) {

  /** Refuses a number below 1, a line of nothing and more cancelled than requested. */
  public PickupLine {
    Objects.requireNonNull(sku, "SKU of pickup line " + number);
    Objects.requireNonNull(quantity, "quantity of pickup line " + number);
    Objects.requireNonNull(cancelled, "cancelled quantity of pickup line " + number);
    if (number < 1) {
      throw new IllegalArgumentException("pickup lines are numbered from 1, got " + number + " for " + sku);
    }
    if (quantity.isZero()) {
      throw new IllegalArgumentException("pickup line " + number + " (" + sku + ") must ask for at least one unit");
    }
    if (cancelled.compareTo(quantity) > 0) {
      throw new IllegalArgumentException("pickup line " + number + " (" + sku + ") cancels " + cancelled + " of "
          + quantity + " units");
    }
  }

  /** The units still wanted: requested less cancelled. */
  public Quantity active() {
    return quantity.minus(cancelled);
  }

  PickupLine cancel(Quantity units) {
    return new PickupLine(number, sku, quantity, cancelled.plus(units));
  }
}
