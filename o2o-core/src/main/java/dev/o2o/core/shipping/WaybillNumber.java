package dev.o2o.core.shipping;

import java.util.Objects;
import java.util.Optional;

/**
 * A courier's waybill (송장) number: digits only, of a length the courier uses. Whether it ends in a right mod-7
 * check digit is a fact to warn about ({@link #warning()}), not a condition of validity.
 */
public record WaybillNumber(Courier courier, String digits) {

  /** Refuses a missing courier, anything but digits, and a length the courier does not use. */
  public WaybillNumber {
    Objects.requireNonNull(courier, "courier");
    Objects.requireNonNull(digits, "waybill number");
    Optional<String> problem = problem(courier, digits, digits);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
  }

  /** The waybill number of {@code courier} written as {@code text}; hyphens and spaces between digits are dropped. */
  public static WaybillNumber of(Courier courier, String text) {
    return new WaybillNumber(courier, normalise(text));
  }

  /**
   * Checks {@code text} as a waybill number of {@code courier} without throwing: valid (perhaps with a warning about
   * its check digit) or invalid with the reason. Hyphens and spaces between digits are dropped first.
   */
  public static WaybillCheck check(Courier courier, String text) {
    Objects.requireNonNull(courier, "courier");
    if (text == null || text.isBlank()) {
      return new WaybillCheck.Invalid(courier.koreanName() + " waybill number is blank");
    }
    String digits = normalise(text);
    return problem(courier, digits, text)
        .<WaybillCheck>map(WaybillCheck.Invalid::new)
        .orElseGet(() -> new WaybillCheck.Valid(courier, digits, mod7Warning(courier, digits)));
  }

  private static Optional<String> problem(Courier courier, String digits, String asWritten) {
    if (digits.isEmpty()) {
      return Optional.of(courier.koreanName() + " waybill number is blank");
    }
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of(courier.koreanName() + " waybill number '" + asWritten + "' has a non-digit '" + c + "'");
      }
    }
    if (!courier.usesLength(digits.length())) {
      return Optional.of(courier.koreanName() + " waybill number '" + asWritten + "' has " + digits.length()
          + " digits; " + courier + " uses " + describe(courier));
    }
    return Optional.empty();
  }

  /**
   * Whether the last digit is the remainder of the number formed by the others divided by 7, the check digit most
   * Korean couriers use.
   */
  public static boolean passesMod7(String digits) {
    if (digits.length() < 2 || digits.length() > 19) {
      return false;
    }
    long body = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      body = body * 10 + d;
    }
    int last = digits.charAt(digits.length() - 1) - '0';
    return last >= 0 && last <= 9 && body % 7 == last;
  }

  /** Whether the number ends in a right mod-7 check digit. */
  public boolean passesMod7() {
    return passesMod7(digits);
  }

  /** A warning for staff when the number does not end in a right mod-7 check digit; empty when it does. */
  public Optional<String> warning() {
    return mod7Warning(courier, digits);
  }

  private static Optional<String> mod7Warning(Courier courier, String digits) {
    if (passesMod7(digits)) {
      return Optional.empty();
    }
    long body = Long.parseLong(digits.substring(0, digits.length() - 1));
    return Optional.of(courier.koreanName() + " waybill number " + digits + " does not end in its mod-7 check digit ("
        + body % 7 + "); check it was read and typed correctly");
  }

  private static String normalise(String text) {
    return text.strip().replace("-", "").replace(" ", "");
  }

  private static String describe(Courier courier) {
    return courier.lengths().stream().sorted().map(String::valueOf)
        .reduce((a, b) -> a + " or " + b).orElseThrow() + " digits";
  }

  @Override
  public String toString() {
    return courier + ":" + digits;
  }
}
