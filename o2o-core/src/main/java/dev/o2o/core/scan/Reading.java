package dev.o2o.core.scan;

import dev.o2o.core.shipping.Courier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to read a scanned code: as a {@code kind}, for waybills by which {@code couriers} (a 12-digit number fits
 * CJ, Hanjin and Lotte alike), with a {@code warning} when the reading holds only by overlooking a check digit.
 */
public record Reading(CodeKind kind, List<Courier> couriers, Optional<String> warning) {

  /** Refuses the kind UNRECOGNISED, couriers on anything but a waybill, and a waybill without a courier. */
  public Reading {
    Objects.requireNonNull(kind, "kind");
    couriers = List.copyOf(couriers);
    Objects.requireNonNull(warning, "warning");
    if (kind == CodeKind.UNRECOGNISED) {
      throw new IllegalArgumentException("a reading is of a recognised kind; UNRECOGNISED is not one");
    }
    if ((kind == CodeKind.WAYBILL) == couriers.isEmpty()) {
      throw new IllegalArgumentException(
          "a waybill reading names its couriers and no other reading does: " + kind + " " + couriers);
    }
  }

  /** A reading with no couriers and no warning. */
  public static Reading of(CodeKind kind) {
    return new Reading(kind, List.of(), Optional.empty());
  }

  /** Whether the reading holds without overlooking anything. */
  public boolean isCertain() {
    return warning.isEmpty();
  }
}
