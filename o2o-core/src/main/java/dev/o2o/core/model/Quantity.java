package dev.o2o.core.model;

/** A number of units, never negative. */
public record Quantity(int value) implements Comparable<Quantity> {

  public static final Quantity ZERO = new Quantity(0);

  /** Shared instances of the small quantities almost every line and movement carries (immutable, so sharing is safe). */
  private static final Quantity[] SMALL = new Quantity[64];

  static {
    SMALL[0] = ZERO;
    for (int i = 1; i < SMALL.length; i++) {
      SMALL[i] = new Quantity(i);
    }
  }

  /** Refuses negative quantities. */
  public Quantity {
    if (value < 0) {
      throw new IllegalArgumentException("quantity must not be negative, got " + value);
    }
  }

  public static Quantity of(int value) {
    return value >= 0 && value < SMALL.length ? SMALL[value] : new Quantity(value);
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
