package dev.o2o.pickup;

import dev.o2o.core.model.Checks;
import dev.o2o.pickup.print.SlipNumber;
import java.util.Objects;

/** How a command names a pickup: by its slip number (what the store scans) or by the mall order number (the mall). */
public sealed interface PickupRef {

  static PickupRef of(SlipNumber number) {
    return new BySlip(number);
  }

  static PickupRef ofOrder(String mallOrderNumber) {
    return new ByOrder(mallOrderNumber);
  }

  /** By slip number. */
  record BySlip(SlipNumber number) implements PickupRef {

    /** Refuses a missing number. */
    public BySlip {
      Objects.requireNonNull(number, "slip number");
    }

    @Override
    public String toString() {
      return "slip " + number;
    }
  }

  /** By mall order number. */
  record ByOrder(String mallOrderNumber) implements PickupRef {

    /** Refuses a blank number. */
    public ByOrder {
      Checks.requireCode("mall order number", mallOrderNumber);
    }

    @Override
    public String toString() {
      return "order " + mallOrderNumber;
    }
  }
}
