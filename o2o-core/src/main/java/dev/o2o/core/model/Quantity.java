package dev.o2o.core.model;

/** A number of units, never negative. */
public record Quantity(int value) implements Comparable<Quantity> {

  public static final Quantity ZERO = new Quantity(0);

  /** Refuses negative quantities. */
  public Quantity {
    if (value < 0) {
      throw new IllegalArgumentException("quantity must not be negative, got " + value);
    }
  }

  public static Quantity of(int value) {
    return new Quantity(value);
  }

  public boolean isZero() {
    return value == 0;
  }

  public Quantity plus(Quantity other) {
    return new Quantity(Math.addExact(value, other.value));
  }

  /** The difference; refuses to go below zero. */
  public Quantity minus(Quantity other) {
    return new Quantity(value - other.value);
  }

  @Override
  public int compareTo(Quantity other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
