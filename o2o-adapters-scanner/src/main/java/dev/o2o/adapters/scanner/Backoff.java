package dev.o2o.adapters.scanner;

import java.time.Duration;
import java.util.Objects;

/** How long to wait before each attempt to reopen a scanner: doubling from {@code first} up to {@code max}. */
public record Backoff(Duration first, Duration max) {

  /** 250 ms, doubling up to 10 s: a replugged scanner is back within seconds, an absent one costs little. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(10));

  /** Refuses a non-positive first delay and a maximum below it. */
  public Backoff {
    Objects.requireNonNull(first, "first delay");
    Objects.requireNonNull(max, "maximum delay");
    if (first.isZero() || first.isNegative() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < first <= max, got " + first + " and " + max);
    }
  }

  /** The delay before attempt {@code attempt} (counted from 1). */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, got " + attempt);
    }
    Duration delay = first;
    for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
