package dev.o2o.pickup.printing;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.Activity;
import dev.o2o.pickup.Cancellation;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupRefusal;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.Pickups;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pickup slip printing in stores, the use case: the print schedule (call {@link #runDue()} at least once a minute, or
 * at {@link #nextDueAfter}), "print unprinted now", reprints from the history, and the last print time.
 *
 * <p>A run prints the waiting acceptance and cancellation slips of a store, oldest request first, one by one; each
 * slip that printed is marked printed (with a history entry) in a transaction of its own, and printing a
 * cancellation slip takes its units off the pickup hanger. A print that fails stops the run: that slip and the rest
 * stay unprinted for the next due minute or an explicit run; nothing is lost and the schedule prints nothing twice.
 * A slip whose print succeeded but whose marking failed (the store was down) prints again: at least once. Runs of
 * one instance are serialised; run one instance per printer.
 */
public final class PickupPrinting {

  private static final Logger log = LoggerFactory.getLogger(PickupPrinting.class);
  private static final Actor SCHEDULE = Actor.system("print-schedule");

  private final PickupStore pickups;
  private final PickupActivityLog activities;
  private final PrintSettingsStore settingsStore;
  private final SlipPrinter printer;
  private final Slips slips;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final ReentrantLock printing = new ReentrantLock();

  public PickupPrinting(PickupStore pickups, PickupActivityLog activities, PrintSettingsStore settingsStore,
      SlipPrinter printer, Slips slips, TransactionRunner transactions, Clock clock) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.activities = Objects.requireNonNull(activities, "activities");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.printer = Objects.requireNonNull(printer, "printer");
    this.slips = Objects.requireNonNull(slips, "slips");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  // ---- settings ----

  /**
   * Sets a store's schedule and cancellation detail; due minutes before now do not print. Invalid minutes are refused
   * by {@link PrintSchedule} itself; staff of another store are refused.
   */
  public Optional<PickupRefusal> configure(LocationId store, PrintSchedule schedule, CancellationDetail detail,
      Actor actor) {
    if (!Pickups.mayActAt(actor, store)) {
      return Optional.of(new PickupRefusal.OtherStore("the print settings", store, actor));
    }
    transactions.run(() -> settingsStore.save(settings(store).withSchedule(schedule, detail, clock.instant())));
    log.info("print schedule of {} set to {} ({}) by {}", store, schedule, detail, actor);
    return Optional.empty();
  }

  /** A store's settings; the defaults (no schedule) when it has none. */
  public PrintSettings settings(LocationId store) {
    return settingsStore.find(store).orElseGet(() -> PrintSettings.defaults(store));
  }

  /** When a slip last printed in the store. */
  public Optional<Instant> lastPrintedAt(LocationId store) {
    return settings(store).lastPrintedAt();
  }

  /** The store's next due minute after now, if it has a schedule. */
  public Optional<ZonedDateTime> nextDueAfter(LocationId store) {
    return settings(store).schedule().nextDueAfter(clock.instant().atZone(clock.getZone()));
  }

  /** The slips waiting to print in a store, in the order a run prints them. */
  public List<PendingSlip> pending(LocationId store) {
    List<PendingSlip> queue = new ArrayList<>();
    for (Pickup pickup : pickups.withPendingSlips(store)) {
      if (pickup.acceptanceSlipPending()) {
        queue.add(PendingSlip.acceptance(pickup.number()));
      }
      pickup.pendingCancellationSlips()
          .forEach(c -> queue.add(PendingSlip.cancellation(pickup.number(), c.sequence())));
    }
    return queue;
  }

  // ---- runs ----

  /**
   * Runs the schedule of every configured store: a store whose latest due minute (at or before now) is later than its
   * last scheduled run prints its waiting slips. Returns the runs made.
   */
  public List<PrintRun> runDue() {
    List<PrintRun> runs = new ArrayList<>();
    for (PrintSettings settings : settingsStore.all()) {
      runDue(settings.store()).ifPresent(runs::add);
    }
    return runs;
  }

  /** Runs one store's schedule, if a due minute came since its last scheduled run. */
  public Optional<PrintRun> runDue(LocationId store) {
    printing.lock();
    try {
      PrintSettings settings = settings(store);
      Instant now = clock.instant();
      Optional<Instant> due = settings.schedule().latestDueAtOrBefore(now.atZone(clock.getZone()))
          .map(ZonedDateTime::toInstant)
          .filter(d -> settings.lastScheduledRun().map(d::isAfter).orElse(true));
      if (due.isEmpty()) {
        return Optional.empty();
      }
      transactions.run(() -> settingsStore.save(settings(store).withLastScheduledRun(due.get())));
      return Optional.of(printPending(store, SCHEDULE));
    } finally {
      printing.unlock();
    }
  }

  /** "Print unprinted now": prints the store's waiting slips at once, outside the schedule. */
  public PrintOutcome printUnprintedNow(LocationId store, Actor actor) {
    if (!Pickups.mayActAt(actor, store)) {
      return new PrintOutcome.Refused(new PickupRefusal.OtherStore("the slips", store, actor));
    }
    printing.lock();
    try {
      return new PrintOutcome.Ran(printPending(store, actor));
    } finally {
      printing.unlock();
    }
  }

  /**
   * Reprints a pickup's acceptance slip, marked as a reprint (from the history). Refused for an unknown pickup, staff
   * of another store, and a pickup whose acceptance slip is void (cancelled or unavailable).
   */
  public PrintOutcome reprint(SlipNumber number, Actor actor) {
    Optional<Pickup> found = pickups.find(number);
    if (found.isEmpty()) {
      return new PrintOutcome.Refused(new PickupRefusal.NotFound(PickupRef.of(number)));
    }
    Pickup pickup = found.get();
    if (!Pickups.mayActAt(actor, pickup.store())) {
      return new PrintOutcome.Refused(new PickupRefusal.OtherStore("pickup " + number, pickup.store(), actor));
    }
    if (pickup.state() == PickupState.CANCELLED || pickup.state() == PickupState.UNAVAILABLE) {
      return new PrintOutcome.Refused(new PickupRefusal.SlipVoid(number, pickup.state()));
    }
    Instant now = clock.instant();
    PendingSlip slip = PendingSlip.acceptance(number);
    try {
      printer.print(slips.acceptance(pickup, now, true));
    } catch (SlipPrintException e) {
      log.warn("reprint of {} failed: {}", slip, e.getMessage());
      return new PrintOutcome.Ran(new PrintRun(pickup.store(), now, List.of(),
          Optional.of(new PrintRun.Failure(slip, e.getMessage())), pending(pickup.store()).size()));
    }
    transactions.run(() -> {
      activities.append(new PickupActivity(number, now, actor, Activity.ACCEPTANCE_SLIP_REPRINTED, pickup.state(),
          Optional.empty()));
      settingsStore.save(settings(pickup.store()).withLastPrintedAt(now));
    });
    return new PrintOutcome.Ran(new PrintRun(pickup.store(), now, List.of(slip), Optional.empty(),
        pending(pickup.store()).size()));
  }

  private PrintRun printPending(LocationId store, Actor actor) {
    Instant started = clock.instant();
    CancellationDetail detail = settings(store).cancellationDetail();
    List<PendingSlip> printed = new ArrayList<>();
    Optional<PrintRun.Failure> failure = Optional.empty();
    for (PendingSlip pending : pending(store)) {
      Optional<Slip> slip = render(pending, detail);
      if (slip.isEmpty()) {
        continue; // the pickup changed since the queue was read; its slip no longer waits
      }
      try {
        printer.print(slip.get());
      } catch (SlipPrintException e) {
        log.warn("{} did not print, it stays waiting: {}", pending, e.getMessage());
        failure = Optional.of(new PrintRun.Failure(pending, e.getMessage()));
        break;
      }
      markPrinted(pending, store, actor);
      printed.add(pending);
    }
    int left = pending(store).size();
    if (!printed.isEmpty() || failure.isPresent()) {
      log.info("print run in {}: {} printed, {} waiting{}", store, printed.size(), left,
          failure.map(f -> ", stopped at " + f.slip()).orElse(""));
    }
    return new PrintRun(store, started, printed, failure, left);
  }

  private Optional<Slip> render(PendingSlip pending, CancellationDetail detail) {
    Instant now = clock.instant();
    return pickups.find(pending.pickup()).flatMap(pickup -> {
      if (pending.kind() == SlipKind.ACCEPTANCE) {
        return pickup.acceptanceSlipPending() ? Optional.of(slips.acceptance(pickup, now, false)) : Optional.empty();
      }
      Cancellation cancellation = pickup.cancellations().get(pending.cancellation() - 1);
      return cancellation.slipPrinted()
          ? Optional.empty()
          : Optional.of(slips.cancellation(pickup, cancellation, detail, now, false));
    });
  }

  private void markPrinted(PendingSlip pending, LocationId store, Actor actor) {
    Instant now = clock.instant();
    transactions.run(() -> {
      Pickup pickup = pickups.findForUpdate(pending.pickup()).orElseThrow();
      Pickup after;
      Activity activity;
      Optional<String> detail;
      if (pending.kind() == SlipKind.ACCEPTANCE) {
        after = pickup.withAcceptanceSlipPrinted(now);
        activity = Activity.ACCEPTANCE_SLIP_PRINTED;
        detail = Optional.empty();
      } else {
        after = pickup.withCancellationSlipPrinted(pending.cancellation(), now);
        activity = Activity.CANCELLATION_SLIP_PRINTED;
        detail = Optional.of("cancellation " + pending.cancellation() + ": its items are off the pickup hanger");
      }
      pickups.update(after);
      activities.append(new PickupActivity(pickup.number(), now, actor, activity, after.state(), detail));
      settingsStore.save(settings(store).withLastPrintedAt(now));
    });
  }
}
