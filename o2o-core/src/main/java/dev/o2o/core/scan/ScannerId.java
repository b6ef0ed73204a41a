package dev.o2o.core.scan;

import static dev.o2o.core.model.Checks.requireCode;

/** The scanner a code came from, for example {@code counter-1} or {@code serial:/dev/ttyACM0}. */
public record ScannerId(String value) {

  /** Refuses blank and over-long names. */
  public ScannerId {
    requireCode("scanner id", value);
  }

  public static ScannerId of(String value) {
    return new ScannerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
