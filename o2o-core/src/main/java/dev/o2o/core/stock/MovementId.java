package dev.o2o.core.stock;

import static dev.o2o.core.model.Checks.requireCode;

/** The id of a movement, which is also its idempotency key: a movement id is applied at most once. */
public record MovementId(String value) implements Comparable<MovementId> {

  /** Refuses blank and over-long ids. */
  public MovementId {
    requireCode("movement id", value);
  }

  public static MovementId of(String value) {
    return new MovementId(value);
  }

  @Override
  public int compareTo(MovementId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
