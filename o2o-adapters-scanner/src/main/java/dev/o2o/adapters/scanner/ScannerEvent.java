package dev.o2o.adapters.scanner;

import dev.o2o.core.scan.ScannerId;
import java.time.Duration;
import java.util.Objects;

/** What happened to a scanner's connection, for the host to show or log. */
public sealed interface ScannerEvent {

  /** The scanner the event is about. */
  ScannerId scanner();

  /** The scanner is open and codes from it will arrive ({@code where}: the device path, peer or reader). */
  record Connected(ScannerId scanner, String where) implements ScannerEvent {

    /** Refuses missing parts. */
    public Connected {
      Objects.requireNonNull(scanner, "scanner");
      Objects.requireNonNull(where, "where");
    }
  }

  /** The scanner went away or could not be opened, because of {@code reason}; codes from it no longer arrive. */
  record Disconnected(ScannerId scanner, String reason) implements ScannerEvent {

    /** Refuses missing parts. */
    public Disconnected {
      Objects.requireNonNull(scanner, "scanner");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The adapter will try to open the scanner again, for the {@code attempt}th time, after {@code delay}. */
  record ReconnectScheduled(ScannerId scanner, int attempt, Duration delay) implements ScannerEvent {

    /** Refuses missing parts and a first attempt below 1. */
    public ReconnectScheduled {
      Objects.requireNonNull(scanner, "scanner");
      Objects.requireNonNull(delay, "delay");
      if (attempt < 1) {
        throw new IllegalArgumentException("attempts count from 1, got " + attempt);
      }
    }
  }

  /** The code was read but the scan sink threw; the adapter logged it and goes on reading. */
  record DeliveryFailed(ScannerId scanner, String code, RuntimeException error) implements ScannerEvent {

    /** Refuses missing parts. */
    public DeliveryFailed {
      Objects.requireNonNull(scanner, "scanner");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(error, "error");
    }
  }

  /** The adapter was stopped and released the scanner. */
  record Stopped(ScannerId scanner) implements ScannerEvent {

    /** Refuses a missing scanner. */
    public Stopped {
      Objects.requireNonNull(scanner, "scanner");
    }
  }
}
