package dev.o2o.allocation.shipment;

import static dev.o2o.core.model.Checks.requireCode;

/** The id of a shipment, for example {@code SHP-00000042}. */
public record ShipmentId(String value) implements Comparable<ShipmentId> {

  private static final String PREFIX = "SHP-";

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
    // Written digit by digit: an allocation run takes an id for every shipment.
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    char[] text = new char[PREFIX.length() + Math.max(8, digits)];
    PREFIX.getChars(0, PREFIX.length(), text, 0);
    long rest = n;
    for (int i = text.length - 1; i >= PREFIX.length(); i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
    return new ShipmentId(new String(text));
  }

  /**
   * The number {@code n} when this is the id {@link #ofSequence ofSequence(n)} writes, else 0: {@code SHP-} and eight
   * digits or more, with no leading zero beyond the eight.
   */
  public long sequenceNumber() {
    int digits = value.length() - PREFIX.length();
    if (digits < 8 || !value.startsWith(PREFIX) || digits > 8 && value.charAt(PREFIX.length()) == '0') {
      return 0;
    }
    long n = 0;
    for (int i = PREFIX.length(); i < value.length(); i++) {
      int digit = value.charAt(i) - '0';
      if (digit < 0 || digit > 9 || n > (Long.MAX_VALUE - digit) / 10) {
        return 0;
      }
      n = n * 10 + digit;
    }
    return n;
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
