package dev.o2o.core.scan;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Drops an accidental double read: the same code from the same scanner again within the window of the last code it
 * let through from that scanner. Another code in between ends the window, so scanning A, B, A counts A twice; a
 * window of zero lets everything through. Thread-safe.
 */
public final class DoubleReadWindow {

  private final Duration window;
  private final ConcurrentMap<ScannerId, LastRead> last = new ConcurrentHashMap<>();

  /** Refuses a negative window. */
  public DoubleReadWindow(Duration window) {
    Objects.requireNonNull(window, "double-read window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("double-read window must not be negative, got " + window);
    }
    this.window = window;
  }

  public Duration window() {
    return window;
  }

  /** Whether the read of {@code code} by {@code scanner} at {@code at} is a new scan (true) or a double read. */
  public boolean admit(ScannerId scanner, String code, Instant at) {
    if (window.isZero()) {
      return true;
    }
    boolean[] admitted = {true};
    last.compute(scanner, (id, previous) -> {
      if (previous != null && previous.isRepeatedBy(code, at, window)) {
        admitted[0] = false;
        return previous;
      }
      return new LastRead(code, at);
    });
    return admitted[0];
  }

  private record LastRead(String code, Instant at) {

    /** A clock that went back is not taken for a double read: better a repeated scan than a lost one. */
    boolean isRepeatedBy(String next, Instant nextAt, Duration window) {
      Duration since = Duration.between(at, nextAt);
      return code.equals(next) && !since.isNegative() && since.compareTo(window) < 0;
    }
  }
}
