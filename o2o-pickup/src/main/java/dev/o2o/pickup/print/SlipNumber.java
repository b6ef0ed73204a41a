package dev.o2o.pickup.print;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The number of a pickup's slips, printed as a CODE128 barcode and scanned to find the pickup again: {@code PK}
 * followed by exactly 12 decimal digits, for example {@code PK000000000042}. Upper-case ASCII only (14 characters),
 * so any CODE128 code set B reader reads it, and it can never be taken for an EAN-13 item barcode (13 digits) or a
 * mall order number that does not start with {@code PK}. Every slip of one pickup (acceptance slip, its reprints,
 * its cancellation and expiry slips) carries the same number.
 */
public record SlipNumber(String value) implements Comparable<SlipNumber> {

  /** The prefix every slip number starts with. */
  public static final String PREFIX = "PK";
  /** How many digits follow the prefix. */
  public static final int DIGITS = 12;
  /** The largest sequence a slip number can carry. */
  public static final long MAX_SEQUENCE = 999_999_999_999L;

  private static final Pattern FORMAT = Pattern.compile("PK[0-9]{12}");

  /** Refuses anything but {@code PK} and 12 digits. */
  public SlipNumber {
    Objects.requireNonNull(value, "slip number");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("slip number must be PK and 12 digits, got '" + value + "'");
    }
  }

  /** Reads a scanned or typed slip number. */
  public static SlipNumber of(String value) {
    return new SlipNumber(value);
  }

  /** The slip number of a sequence value, zero-padded: 42 gives {@code PK000000000042}. */
  public static SlipNumber ofSequence(long sequence) {
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("slip sequence must be 1 to " + MAX_SEQUENCE + ", got " + sequence);
    }
    return new SlipNumber(PREFIX + String.format("%012d", sequence));
  }

  /** Whether {@code text} is a well-formed slip number (a scanner uses this to tell slips from items). */
  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  /** The sequence value this number was made from. */
  public long sequence() {
    return Long.parseLong(value.substring(PREFIX.length()));
  }

  @Override
  public int compareTo(SlipNumber other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
