package dev.o2o.core.catalog;

import java.util.Objects;

/** An EAN-13 barcode with a verified check digit (Korean products carry the prefix 880). */
public record Ean13(String value) {

  /** Refuses anything but 13 digits whose last is the check digit of the first 12. */
  public Ean13 {
    Objects.requireNonNull(value, "EAN-13");
    if (value.length() != 13 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("EAN-13 must be 13 digits, got '" + value + "'");
    }
    int expected = checkDigit(value.substring(0, 12));
    if (value.charAt(12) - '0' != expected) {
      throw new IllegalArgumentException(
          "EAN-13 " + value + " has check digit " + value.charAt(12) + ", expected " + expected);
    }
  }

  public static Ean13 of(String value) {
    return new Ean13(value);
  }

  /** The barcode of 12 digits completed with their check digit. */
  public static Ean13 withCheckDigit(String twelveDigits) {
    return new Ean13(twelveDigits + checkDigit(twelveDigits));
  }

  /** Whether {@code text} is a well-formed EAN-13 with a right check digit. */
  public static boolean isValid(String text) {
    return text != null && text.length() == 13 && text.chars().allMatch(c -> c >= '0' && c <= '9')
        && text.charAt(12) - '0' == checkDigit(text.substring(0, 12));
  }

  /**
   * The GS1 check digit of a run of digits (weights 3 and 1 from the right), for EAN-13, EAN-8 and UPC-A alike: for
   * {@code 880123456789} it is 3.
   */
  public static int checkDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (digit < 0 || digit > 9) {
        throw new IllegalArgumentException("not a digit in '" + digits + "'");
      }
      sum += (i % 2 == 0) ? digit * 3 : digit;
    }
    return (10 - sum % 10) % 10;
  }

  /** Whether the barcode carries the Korean GS1 prefix 880. */
  public boolean isKorean() {
    return value.startsWith("880");
  }

  @Override
  public String toString() {
    return value;
  }
}
