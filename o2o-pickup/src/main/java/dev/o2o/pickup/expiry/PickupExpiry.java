package dev.o2o.pickup.expiry;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.Activity;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupOutcome;
import dev.o2o.pickup.PickupRefusal;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.Pickups;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import dev.o2o.pickup.printing.Slips;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expiry processing, the use case. A host creates one per run of its program and calls {@link #offerAtStart} when the
 * pickup program starts: the first call for a store (and only the first, however often it is called) offers the
 * accepted pickups past their deadline. When the user says yes, {@link #printAndExpire} prints their slip and then
 * expires them, releasing their stock for sale in the store; if the slip does not print, nothing changes.
 */
public final class PickupExpiry {

  private static final Logger log = LoggerFactory.getLogger(PickupExpiry.class);

  private final Pickups pickups;
  private final PickupStore store;
  private final PickupActivityLog activities;
  private final SlipPrinter printer;
  private final Slips slips;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final Set<LocationId> offered = ConcurrentHashMap.newKeySet();

  public PickupExpiry(Pickups pickups, PickupStore store, PickupActivityLog activities, SlipPrinter printer,
      Slips slips, TransactionRunner transactions, Clock clock) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.store = Objects.requireNonNull(store, "store");
    this.activities = Objects.requireNonNull(activities, "activities");
    this.printer = Objects.requireNonNull(printer, "printer");
    this.slips = Objects.requireNonNull(slips, "slips");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * On the first call for {@code location} in this run: the accepted pickups past their deadline, if there are any.
   * Every later call for the same store is empty.
   */
  public Optional<ExpiryOffer> offerAtStart(LocationId location) {
    if (!offered.add(location)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<Pickup> overdue = store.overdue(location, now);
    if (overdue.isEmpty()) {
      return Optional.empty();
    }
    log.info("{} accepted pickups of {} are past their deadline", overdue.size(), location);
    return Optional.of(new ExpiryOffer(location, overdue, now));
  }

  /**
   * The user said yes: prints the slip of the offered pickups that are still accepted and overdue, then expires them
   * (their stock is released) in one transaction.
   */
  public ExpiryOutcome printAndExpire(ExpiryOffer offer, Actor actor) {
    if (!Pickups.mayActAt(actor, offer.store())) {
      return new ExpiryOutcome.Refused(new PickupRefusal.OtherStore("the expired pickups", offer.store(), actor));
    }
    Instant now = clock.instant();
    Set<String> numbers = offer.pickups().stream().map(p -> p.number().value()).collect(Collectors.toSet());
    List<Pickup> due = store.overdue(offer.store(), now).stream()
        .filter(p -> numbers.contains(p.number().value()))
        .toList();
    if (due.isEmpty()) {
      return new ExpiryOutcome.NothingToExpire();
    }
    ExpiredPickupsSlip slip = slips.expired(offer.store(), due, now);
    try {
      printer.print(slip);
    } catch (SlipPrintException e) {
      log.warn("expiry slip of {} did not print; nothing expired: {}", offer.store(), e.getMessage());
      return new ExpiryOutcome.PrintFailed(e.getMessage());
    }
    List<Pickup> expired = transactions.inTransaction(() -> {
      List<Pickup> done = new ArrayList<>();
      for (Pickup offered : due) {
        Optional<Pickup> current = store.findForUpdate(offered.number()).filter(p -> p.isOverdue(now));
        if (current.isEmpty()) {
          continue; // collected or cancelled while the slip printed
        }
        Pickup pickup = current.get();
        activities.append(new PickupActivity(pickup.number(), now, actor, Activity.EXPIRY_SLIP_PRINTED,
            pickup.state(), Optional.empty()));
        PickupOutcome outcome = pickups.expire(pickup.number(), actor);
        if (outcome instanceof PickupOutcome.Done d) {
          done.add(d.after());
        } else {
          throw new IllegalStateException("expiring " + pickup + " was refused after its slip printed: "
              + ((PickupOutcome.Refused) outcome).refusal().message());
        }
      }
      return done;
    });
    return new ExpiryOutcome.Expired(expired, slip);
  }
}
