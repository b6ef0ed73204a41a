package dev.o2o.pickup.printing;

import dev.o2o.core.model.LocationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one print run did in a store: the slips it printed, in order; the failure that stopped it, if any (that slip
 * and those after it stay unprinted); and how many slips still wait.
 */
public record PrintRun(LocationId store, Instant at, List<PendingSlip> printed, Optional<Failure> failure,
    int stillPending) {

  /** Copies the list; refuses missing parts. */
  public PrintRun {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(at, "at");
    printed = List.copyOf(printed);
    Objects.requireNonNull(failure, "failure");
  }

  /** The slip that failed to print, and why. */
  public record Failure(PendingSlip slip, String message) {}

  public boolean failed() {
    return failure.isPresent();
  }
}
