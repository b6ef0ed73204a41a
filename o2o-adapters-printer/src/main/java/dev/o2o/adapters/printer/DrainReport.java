package dev.o2o.adapters.printer;

import java.util.Objects;
import java.util.Optional;

/** What one {@link PrintSpooler#drain()} did: how many slips it printed and, when it stopped on one, why. */
public record DrainReport(int printed, Optional<String> failure) {

  /** Refuses a negative count. */
  public DrainReport {
    if (printed < 0) {
      throw new IllegalArgumentException("printed must not be negative, got " + printed);
    }
    Objects.requireNonNull(failure, "failure (use Optional.empty())");
  }
}
