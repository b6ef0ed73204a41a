package dev.o2o.core.shipping;

import dev.o2o.core.model.Checks;
import java.util.Objects;
import java.util.Optional;

/** What checking a waybill number against its courier came to: valid, perhaps with a warning, or invalid and why. */
public sealed interface WaybillCheck {

  /** Whether the number can be used. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The number is usable; {@code warning} says when its mod-7 check digit does not match. */
  record Valid(Courier courier, String digits, Optional<String> warning) implements WaybillCheck {

    /** Refuses missing parts. */
    public Valid {
      Objects.requireNonNull(courier, "courier");
      Objects.requireNonNull(digits, "digits");
      Objects.requireNonNull(warning, "warning");
    }

    /** The number as a value. */
    public WaybillNumber number() {
      return new WaybillNumber(courier, digits);
    }
  }

  /** The number cannot be a waybill of the courier, because of {@code reason} (a sentence naming it). */
  record Invalid(String reason) implements WaybillCheck {

    /** Refuses a blank reason. */
    public Invalid {
      Checks.requireText("reason", reason);
    }
  }
}
