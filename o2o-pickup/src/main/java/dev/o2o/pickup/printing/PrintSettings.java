package dev.o2o.pickup.printing;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.print.CancellationDetail;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The printing of one store: its schedule, how much a partial cancellation prints, when a slip last printed, and the
 * last due minute the schedule ran for (a due minute runs once, even when a print failed: the slips then wait for the
 * next due minute or "print unprinted now").
 */
public record PrintSettings(LocationId store, PrintSchedule schedule, CancellationDetail cancellationDetail,
    Optional<Instant> lastPrintedAt, Optional<Instant> lastScheduledRun) {

  /** Refuses missing parts and a location that is not a store. */
  public PrintSettings {
    Objects.requireNonNull(store, "store");
    if (!store.isStore()) {
      throw new IllegalArgumentException("print settings are kept for stores, not for " + store);
    }
    Objects.requireNonNull(schedule, "schedule of " + store);
    Objects.requireNonNull(cancellationDetail, "cancellation detail of " + store);
    Objects.requireNonNull(lastPrintedAt, "last print time of " + store);
    Objects.requireNonNull(lastScheduledRun, "last scheduled run of " + store);
  }

  /** A store never configured: no schedule, cancelled items only, nothing printed yet. */
  public static PrintSettings defaults(LocationId store) {
    return new PrintSettings(store, PrintSchedule.none(), CancellationDetail.CANCELLED_ITEMS_ONLY, Optional.empty(),
        Optional.empty());
  }

  public PrintSettings withSchedule(PrintSchedule value, CancellationDetail detail, Instant now) {
    return new PrintSettings(store, value, detail, lastPrintedAt, Optional.of(now));
  }

  public PrintSettings withLastPrintedAt(Instant value) {
    return new PrintSettings(store, schedule, cancellationDetail, Optional.of(value), lastScheduledRun);
  }

  public PrintSettings withLastScheduledRun(Instant value) {
    return new PrintSettings(store, schedule, cancellationDetail, lastPrintedAt, Optional.of(value));
  }
}
