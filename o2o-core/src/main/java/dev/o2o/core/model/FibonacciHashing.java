package dev.o2o.core.model;

/**
 * Where open-addressing tables (the in-memory ledger's movement log and positions, an allocation run's availability)
 * place a hash among a power of two of slots: Fibonacci hashing, the hash multiplied by 2^64 divided by the golden
 * ratio, whose high bits pick the home slot; and when, in backward-shift deletion, an entry may move back into a gap.
 */
public final class FibonacciHashing {

  private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

  private FibonacciHashing() {}

  /** Refuses a number of slots that is not a power of two of at least 2; returns it. */
  public static int requireSlots(int slots) {
    if (slots < 2 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two of at least 2: " + slots);
    }
    return slots;
  }

  /** The shift that picks a home among {@code slots} slots (a power of two). */
  public static int shiftFor(int slots) {
    return 64 - Integer.numberOfTrailingZeros(slots);
  }

  /** The home slot of {@code hash} in a table whose shift is {@code shift}. */
  public static int home(int hash, int shift) {
    return (int) ((hash * GOLDEN) >>> shift);
  }

  /**
   * Whether the entry at {@code at}, whose home is {@code home}, moves back into {@code gap} when the entry there is
   * removed: when the gap lies on its probe path, between its home and where it sits.
   */
  public static boolean movesBack(int at, int home, int gap, int mask) {
    return ((at - home) & mask) >= ((at - gap) & mask);
  }
}
