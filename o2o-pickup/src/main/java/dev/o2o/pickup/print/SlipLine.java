package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/** One item line of a slip: the SKU code, its Korean display name, colour, size and the number of units. */
public record SlipLine(SkuCode sku, String displayName, String colour, String size, Quantity quantity) {

  /** Refuses missing parts and a zero quantity. */
  public SlipLine {
    Objects.requireNonNull(sku, "SKU of slip line");
    Checks.requireText("display name of " + sku, displayName);
    Checks.requireText("colour of " + sku, colour);
    Checks.requireText("size of " + sku, size);
    Objects.requireNonNull(quantity, "quantity of " + sku);
    if (quantity.isZero()) {
      throw new IllegalArgumentException("slip line of " + sku + " must have at least one unit");
    }
  }
}
