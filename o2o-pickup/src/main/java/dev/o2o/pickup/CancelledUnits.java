package dev.o2o.pickup;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/** Units of one pickup line that one cancellation took off. */
public record CancelledUnits(int lineNumber, SkuCode sku, Quantity quantity) {

  /** Refuses a line number below 1 and a cancellation of nothing. */
  public CancelledUnits {
    Objects.requireNonNull(sku, "SKU of cancelled line " + lineNumber);
    Objects.requireNonNull(quantity, "quantity of cancelled line " + lineNumber);
    if (lineNumber < 1 || quantity.isZero()) {
      throw new IllegalArgumentException(
          "a cancellation names a line from 1 and at least one unit, got line " + lineNumber + " x " + quantity);
    }
  }
}
