package dev.o2o.core.model;

import static dev.o2o.core.model.Checks.requireCode;

/** The code of one SKU (a style in one colour and size), as the retailer writes it, for example {@code TS24-BLK-M}. */
public record SkuCode(String value) implements Comparable<SkuCode> {

  /** Refuses blank codes, surrounding whitespace and codes longer than 64 characters. */
  public SkuCode {
    requireCode("SKU code", value);
  }

  public static SkuCode of(String value) {
    return new SkuCode(value);
  }

  @Override
  public int compareTo(SkuCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
