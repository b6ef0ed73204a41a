package dev.o2o.allocation.shipment;

import static dev.o2o.core.model.Checks.requireCode;

/** The id of a shipment, for example {@code SHP-00000042}. */
public record ShipmentId(String value) implements Comparable<ShipmentId> {

  /** Refuses blank and over-long ids, and ids holding '/' (used in movement ids). */
  public ShipmentId {
    requireCode("shipment id", value);
    if (value.indexOf('/') >= 0) {
      throw new IllegalArgumentException("shipment id must not contain '/': '" + value + "'");
    }
  }

  public static ShipmentId of(String value) {
    return new ShipmentId(value);
  }

  /** The id of the {@code n}th shipment of a sequence: {@code SHP-} and eight digits or more. */
  public static ShipmentId ofSequence(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("shipment sequence numbers start at 1, got " + n);
    }
    String digits = Long.toString(n);
    return new ShipmentId("SHP-" + "00000000".substring(Math.min(8, digits.length())) + digits);
  }

  @Override
  public int compareTo(ShipmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
