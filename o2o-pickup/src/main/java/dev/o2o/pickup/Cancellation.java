package dev.o2o.pickup;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cancellation of a pickup, numbered from 1: the units it took off, why, when and by whom; whether the units were
 * on the pickup hanger (the pickup was accepted), whether it took the last units (the acceptance slip is void), and
 * when its cancellation slip printed (printing it takes the units off the hanger).
 */
public record Cancellation(int sequence, List<CancelledUnits> units, Reason reason, Instant at, Actor actor,
    boolean fromHanger, boolean voidsAcceptanceSlip, Optional<Instant> slipPrintedAt) {

  /** Refuses a sequence below 1 and a cancellation of nothing. */
  public Cancellation {
    units = List.copyOf(units);
    Objects.requireNonNull(reason, "reason of cancellation " + sequence);
    Objects.requireNonNull(at, "time of cancellation " + sequence);
    Objects.requireNonNull(actor, "actor of cancellation " + sequence);
    Objects.requireNonNull(slipPrintedAt, "slip print time of cancellation " + sequence);
    if (sequence < 1 || units.isEmpty()) {
      throw new IllegalArgumentException("cancellation " + sequence + " must be numbered from 1 and cancel units");
    }
  }

  public boolean slipPrinted() {
    return slipPrintedAt.isPresent();
  }

  Cancellation printed(Instant when) {
    return new Cancellation(sequence, units, reason, at, actor, fromHanger, voidsAcceptanceSlip, Optional.of(when));
  }
}
