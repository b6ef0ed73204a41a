package dev.o2o.core.model;

/** Argument checks shared by the value records. */
public final class Checks {

  /** The longest code any o2o value accepts; the JDBC schema uses the same limit. */
  public static final int MAX_CODE_LENGTH = 64;

  private Checks() {}

  /** Refuses null, blank, over-long codes and codes with leading or trailing whitespace. */
  public static String requireCode(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    if (value.length() > MAX_CODE_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_CODE_LENGTH + " characters, got " + value.length() + ": '" + value + "'");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with whitespace: '" + value + "'");
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
