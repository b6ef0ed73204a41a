package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;

/**
 * A customer as a slip shows them: name and phone already masked (for example {@code 홍*동}, {@code 010-****-5678}),
 * so that a slip never carries the full name or number.
 */
public record MaskedCustomer(String name, String phone) {

  /** Refuses blank parts. */
  public MaskedCustomer {
    Checks.requireText("masked customer name", name);
    Checks.requireText("masked customer phone", phone);
  }

  /**
   * Masks a name and a phone number: the name keeps its first and, from three characters on, its last character
   * ({@code 홍길동} → {@code 홍*동}, {@code 김수} → {@code 김*}); the phone keeps its first group and its last four digits
   * ({@code 010-1234-5678} → {@code 010-****-5678}).
   */
  public static MaskedCustomer mask(String fullName, String fullPhone) {
    return new MaskedCustomer(maskName(fullName), maskPhone(fullPhone));
  }

  static String maskName(String name) {
    String n = Checks.requireText("customer name", name).strip();
    int[] cps = n.codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
    if (cps.length == 2) {
      return masked.append('*').toString();
    }
    masked.append("*".repeat(cps.length - 2));
    return masked.appendCodePoint(cps[cps.length - 1]).toString();
  }

  static String maskPhone(String phone) {
    String p = Checks.requireText("customer phone", phone).strip();
    int digits = (int) p.chars().filter(Character::isDigit).count();
    if (digits <= 4) {
      return "*".repeat(p.length());
    }
    // Keep the first group (up to the first separator, or the first three digits) and the last four digits.
    int firstSeparator = -1;
    for (int i = 0; i < p.length(); i++) {
      if (!Character.isDigit(p.charAt(i))) {
        firstSeparator = i;
        break;
      }
    }
    int keepHead = firstSeparator > 0 ? firstSeparator : Math.min(3, digits - 4);
    StringBuilder masked = new StringBuilder();
    int seenDigits = 0;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!Character.isDigit(c)) {
        masked.append(c);
        continue;
      }
      seenDigits++;
      boolean tail = seenDigits > digits - 4;
      masked.append(i < keepHead || tail ? c : '*');
    }
    return masked.toString();
  }
}
