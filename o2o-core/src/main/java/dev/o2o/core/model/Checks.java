package dev.o2o.core.model;

/** Argument checks shared by the value records. */
public final class Checks {

  /** The longest code any o2o value accepts; the JDBC schema uses the same limit. */
  public static final int MAX_CODE_LENGTH = 64;

  private Checks() {}

  /** Refuses null, blank, over-long codes and codes with leading or trailing whitespace. */
  public static String requireCode(String what, String value) {
    // Looks at the two ends only: a code with neither end blank is neither blank nor padded (ids are made by the
    // million in an allocation run).
    if (value == null || value.isEmpty()
        || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(what + " must not be blank");
      }
      throw new IllegalArgumentException(what + " must not start or end with whitespace: '" + value + "'");
    }
    if (value.length() > MAX_CODE_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_CODE_LENGTH + " characters, got " + value.length() + ": '" + value + "'");
    }
    return value;
  }

  /** Refuses null and blank text. */
  public static String requireText(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
