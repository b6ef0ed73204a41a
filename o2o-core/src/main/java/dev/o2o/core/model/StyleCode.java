package dev.o2o.core.model;

import static dev.o2o.core.model.Checks.requireCode;

/** The code of a style (a product in all its colours and sizes), for example {@code TS24}. */
public record StyleCode(String value) implements Comparable<StyleCode> {

  /** Refuses blank codes, surrounding whitespace and codes longer than 64 characters. */
  public StyleCode {
    requireCode("style code", value);
  }

  public static StyleCode of(String value) {
    return new StyleCode(value);
  }

  @Override
  public int compareTo(StyleCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
