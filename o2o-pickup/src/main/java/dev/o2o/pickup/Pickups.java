package dev.o2o.pickup;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.Reference;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store pickups, the use case: takes the mall's requests and moves pickups through their states, booking the store
 * stock each change implies through {@link Inventory} (PICKUP_RESERVE on request; PICKUP_RELEASE on unavailable,
 * cancelled, partially cancelled and expired; PICKUP_HANDOVER on completion). The pickup, its stock movements, its
 * history entry and the {@link MallEvent.PickupStateChanged} for the mall commit together in one transaction, or
 * not at all.
 *
 * <p>Every command names its actor. Staff of one store cannot act on another store's pickups; a system actor (no
 * location: the mall integration) may act on any. Illegal transitions throw {@link IllegalPickupTransitionException};
 * other refusals come back as {@link PickupOutcome.Refused} values. Thread-safe as far as its ports are.
 */
public final class Pickups {

  private static final Logger log = LoggerFactory.getLogger(Pickups.class);

  private final PickupStore pickups;
  private final PickupActivityLog activities;
  private final Inventory inventory;
  private final Catalogue catalogue;
  private final Outbox outbox;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final PickupConfig config;

  /** Pickups on the given ports; all of them must share {@code transactions}. */
  public Pickups(PickupStore pickups, PickupActivityLog activities, Inventory inventory, Catalogue catalogue,
      Outbox outbox, TransactionRunner transactions, Clock clock, PickupConfig config) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.activities = Objects.requireNonNull(activities, "activities");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.config = Objects.requireNonNull(config, "config");
  }

  public PickupConfig config() {
    return config;
  }

  // ---- commands ----

  /**
   * Takes a request from the mall: reserves the store stock for every line and records the pickup as
   * {@code REQUESTED}, its acceptance slip waiting to print. The same request again changes nothing
   * ({@link RequestOutcome.AlreadyTaken}); the same order number with another content throws
   * {@link ConflictingPickupRequestException}; an unknown SKU throws {@link dev.o2o.core.catalog.UnknownSkuException}.
   * When the store has too little stock the pickup is recorded as {@code UNAVAILABLE} and the mall is told.
   */
  public RequestOutcome request(PickupRequest request) {
    request.lines().forEach(line -> catalogue.require(line.sku()));
    if (!mayActAt(request.actor(), request.store())) {
      return new RequestOutcome.Refused(
          new PickupRefusal.OtherStore("order " + request.mallOrderNumber(), request.store(), request.actor()));
    }
    return transactions.inTransaction(() -> {
      Optional<Pickup> existing = pickups.findByOrderNumber(request.mallOrderNumber());
      if (existing.isPresent()) {
        if (!request.sameAs(existing.get())) {
          throw new ConflictingPickupRequestException(existing.get(), request);
        }
        return new RequestOutcome.AlreadyTaken(existing.get());
      }
      Instant now = clock.instant();
      Pickup pickup = Pickup.requested(pickups.nextNumber(), request.mallOrderNumber(), request.store(),
          request.customer(), request.lines(), request.requestedAt(), request.lastPickupDay().map(this::endOf));
      List<Movement> reserve = movements(pickup, MovementKind.PICKUP_RESERVE, "R", PickupLine::quantity, now,
          request.actor());
      LedgerOutcome booked = inventory.apply(reserve);
      if (booked instanceof LedgerOutcome.Refused refused) {
        Pickup unavailable = pickup.markUnavailable(
            Reason.coded(Reason.OUT_OF_STOCK, refused.refusal().message()), now);
        pickups.insert(unavailable);
        record(pickup, Activity.REQUESTED, now, request.actor(), Optional.empty());
        record(unavailable, Activity.MARKED_UNAVAILABLE, now, request.actor(), Optional.of(refused.refusal().message()));
        tellMall(unavailable, unavailable.reason(), List.of(), now);
        log.info("{} refused: {}", unavailable, refused.refusal().message());
        return new RequestOutcome.Unavailable(unavailable, refused.refusal());
      }
      pickups.insert(pickup);
      record(pickup, Activity.REQUESTED, now, request.actor(), Optional.empty());
      log.debug("{} requested", pickup);
      return new RequestOutcome.Taken(pickup);
    });
  }

  /**
   * Accepts a requested pickup, as the acceptance scan does when the last unit is scanned: its items are on the
   * hanger and its deadline is set (the mall's day, or {@link PickupConfig#deadlineDays()} after today).
   */
  public PickupOutcome accept(SlipNumber number, Actor actor) {
    return change(PickupRef.of(number), actor, (pickup, now) -> {
      Pickup accepted = pickup.accept(now, endOf(LocalDate.ofInstant(now, clock.getZone())
          .plusDays(config.deadlineDays())));
      pickups.update(accepted);
      record(accepted, Activity.ACCEPTED, now, actor, accepted.deadline().map(d -> "deadline " + d));
      tellMall(accepted, Optional.empty(), List.of(), now);
      return accepted;
    });
  }

  /** Completes an accepted pickup (the customer collected it): its stock is handed over. */
  public PickupOutcome complete(SlipNumber number, Actor actor) {
    return change(PickupRef.of(number), actor, (pickup, now) -> {
      Pickup completed = pickup.complete(now);
      book(movements(pickup, MovementKind.PICKUP_HANDOVER, "H", PickupLine::active, now, actor), pickup);
      pickups.update(completed);
      record(completed, Activity.COMPLETED, now, actor, Optional.empty());
      tellMall(completed, Optional.empty(), List.of(), now);
      return completed;
    });
  }

  /** Marks a requested pickup unavailable (the store cannot provide it), with a reason: its stock is released. */
  public PickupOutcome markUnavailable(SlipNumber number, Reason reason, Actor actor) {
    if (!config.accepts(reason)) {
      return new PickupOutcome.Refused(new PickupRefusal.UnknownReasonCode(reason.code().orElseThrow()));
    }
    return change(PickupRef.of(number), actor, (pickup, now) -> {
      Pickup unavailable = pickup.markUnavailable(reason, now);
      book(movements(pickup, MovementKind.PICKUP_RELEASE, "U", PickupLine::active, now, actor), pickup);
      pickups.update(unavailable);
      record(unavailable, Activity.MARKED_UNAVAILABLE, now, actor, Optional.of(reason.toString()));
      tellMall(unavailable, Optional.of(reason), List.of(), now);
      return unavailable;
    });
  }

  /**
   * Cancels a whole pickup (by the mall before or after acceptance, or by the store after acceptance), with a reason:
   * its stock is released, a cancellation slip waits to print, and its acceptance slip is void.
   */
  public PickupOutcome cancel(PickupRef ref, Reason reason, Actor actor) {
    if (!config.accepts(reason)) {
      return new PickupOutcome.Refused(new PickupRefusal.UnknownReasonCode(reason.code().orElseThrow()));
    }
    return change(ref, actor, (pickup, now) -> cancelled(pickup, pickup.cancel(reason, now, actor), now, actor));
  }

  /**
   * Cancels some units, line by line ({@code units}: line number to units): they are released for sale in the store
   * and a cancellation slip waits to print. When no unit is left the pickup is {@code CANCELLED}. An unknown line or
   * more units than a line has left is refused.
   */
  public PickupOutcome cancelLines(PickupRef ref, Map<Integer, Quantity> units, Reason reason, Actor actor) {
    if (!config.accepts(reason)) {
      return new PickupOutcome.Refused(new PickupRefusal.UnknownReasonCode(reason.code().orElseThrow()));
    }
    return change(ref, actor, (pickup, now) -> {
      PickupStateMachine.require(pickup.number(), pickup.mallOrderNumber(), pickup.state(),
          PickupTransition.CANCEL_LINES);
      Optional<String> problem = pickup.cancellationProblem(units);
      if (problem.isPresent()) {
        throw new Refusal(new PickupRefusal.BadCancellation(pickup.number(), problem.get()));
      }
      return cancelled(pickup, pickup.cancelUnits(units, reason, now, actor), now, actor);
    });
  }

  private Pickup cancelled(Pickup before, Pickup after, Instant now, Actor actor) {
    Cancellation cancellation = after.cancellations().get(after.cancellations().size() - 1);
    List<Movement> release = new ArrayList<>();
    for (CancelledUnits units : cancellation.units()) {
      release.add(movement(before, before.line(units.lineNumber()), MovementKind.PICKUP_RELEASE,
          "C" + cancellation.sequence(), units.quantity(), now, actor));
    }
    book(release, before);
    pickups.update(after);
    boolean whole = after.state() == PickupState.CANCELLED;
    record(after, whole ? Activity.CANCELLED : Activity.LINES_CANCELLED, now, actor,
        Optional.of(cancellation.reason() + ": " + describe(cancellation.units())));
    tellMall(after, Optional.of(cancellation.reason()), cancellation.units(), now);
    return after;
  }

  /**
   * Expires an accepted pickup past its deadline: its stock is released for sale in the store. Hosts normally go
   * through {@code dev.o2o.pickup.expiry.PickupExpiry}, which prints the expiry slip first.
   */
  public PickupOutcome expire(SlipNumber number, Actor actor) {
    return change(PickupRef.of(number), actor, (pickup, now) -> {
      if (pickup.state() == PickupState.ACCEPTED && !pickup.isOverdue(now)) {
        throw new Refusal(new PickupRefusal.NotOverdue(number, pickup.deadline(), now));
      }
      Pickup expired = pickup.expire(now);
      book(movements(pickup, MovementKind.PICKUP_RELEASE, "X", PickupLine::active, now, actor), pickup);
      pickups.update(expired);
      record(expired, Activity.EXPIRED, now, actor, pickup.deadline().map(d -> "deadline " + d));
      tellMall(expired, Optional.empty(), List.of(), now);
      return expired;
    });
  }

  // ---- queries ----

  public Optional<Pickup> find(SlipNumber number) {
    return pickups.find(number);
  }

  public Optional<Pickup> findByOrderNumber(String mallOrderNumber) {
    return pickups.findByOrderNumber(mallOrderNumber);
  }

  /** The pickup a reference names. */
  public Optional<Pickup> find(PickupRef ref) {
    if (ref instanceof PickupRef.BySlip bySlip) {
      return pickups.find(bySlip.number());
    }
    return pickups.findByOrderNumber(((PickupRef.ByOrder) ref).mallOrderNumber());
  }

  /** The history search: matching pickups with their display category and colour. */
  public List<HistoryRow> search(PickupQuery query) {
    return pickups.search(query).stream().map(HistoryRow::of).toList();
  }

  /** Who did what to a pickup, oldest first. */
  public List<PickupActivity> activityOf(SlipNumber number) {
    return activities.of(number);
  }

  /** Whether {@code actor} may act on pickups of {@code store}: staff of that store, or a system actor. */
  public static boolean mayActAt(Actor actor, LocationId store) {
    return actor.location().map(store::equals).orElse(true);
  }

  // ---- plumbing ----

  /** A change made under the lock of the pickup, refused when it is missing or the actor works elsewhere. */
  private PickupOutcome change(PickupRef ref, Actor actor, Change change) {
    try {
      return transactions.inTransaction(() -> {
        Optional<Pickup> found = lock(ref);
        if (found.isEmpty()) {
          return new PickupOutcome.Refused(new PickupRefusal.NotFound(ref));
        }
        Pickup pickup = found.get();
        if (!mayActAt(actor, pickup.store())) {
          return new PickupOutcome.Refused(
              new PickupRefusal.OtherStore("pickup " + pickup.number(), pickup.store(), actor));
        }
        Pickup after = change.apply(pickup, clock.instant());
        log.debug("{} by {}", after, actor);
        return new PickupOutcome.Done(after);
      });
    } catch (Refusal refusal) {
      return new PickupOutcome.Refused(refusal.refusal);
    }
  }

  private Optional<Pickup> lock(PickupRef ref) {
    if (ref instanceof PickupRef.BySlip bySlip) {
      return pickups.findForUpdate(bySlip.number());
    }
    return pickups.findByOrderNumber(((PickupRef.ByOrder) ref).mallOrderNumber())
        .flatMap(p -> pickups.findForUpdate(p.number()));
  }

  /** One change to a locked pickup, returning the pickup after it. */
  @FunctionalInterface
  private interface Change {
    Pickup apply(Pickup pickup, Instant now);
  }

  /** Carries a refusal out of a change that wrote nothing yet (the transaction rolls back nothing). */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PickupRefusal refusal;

    Refusal(PickupRefusal refusal) {
      super(refusal.message(), null, false, false);
      this.refusal = refusal;
    }
  }

  private List<Movement> movements(Pickup pickup, MovementKind kind, String tag, Function<PickupLine, Quantity> units,
      Instant now, Actor actor) {
    List<Movement> out = new ArrayList<>();
    for (PickupLine line : pickup.lines()) {
      Quantity q = units.apply(line);
      if (!q.isZero()) {
        out.add(movement(pickup, line, kind, tag, q, now, actor));
      }
    }
    return out;
  }

  /** Movement ids are {@code <slip>-L<line>-<tag>}: R reserve, H handover, U unavailable, X expired, C<n> cancel n. */
  private static Movement movement(Pickup pickup, PickupLine line, MovementKind kind, String tag, Quantity quantity,
      Instant now, Actor actor) {
    return Movement.builder(kind)
        .id(pickup.number() + "-L" + line.number() + "-" + tag)
        .sku(line.sku())
        .location(pickup.store())
        .quantity(quantity)
        .reference(Reference.of(ReferenceKind.PICKUP, pickup.number().value()))
        .at(now)
        .actor(actor)
        .build();
  }

  /** Books movements that the rules cannot refuse (they only take back what the pickup reserved). */
  private void book(List<Movement> movements, Pickup pickup) {
    if (movements.isEmpty()) {
      return;
    }
    LedgerOutcome outcome = inventory.apply(movements);
    if (outcome instanceof LedgerOutcome.Refused refused) {
      throw new IllegalStateException("stock of " + pickup + " does not hold what it reserved: "
          + refused.refusal().message());
    }
  }

  private void record(Pickup pickup, Activity activity, Instant now, Actor actor, Optional<String> detail) {
    activities.append(new PickupActivity(pickup.number(), now, actor, activity, pickup.state(), detail));
  }

  private void tellMall(Pickup pickup, Optional<Reason> reason, List<CancelledUnits> cancelled, Instant now) {
    outbox.append(new MallEvent.PickupStateChanged(pickup.mallOrderNumber(), pickup.store(), pickup.state().name(),
        reason.map(Reason::toString),
        cancelled.stream().map(u -> new MallEvent.PickupStateChanged.CancelledLine(u.lineNumber(), u.sku(),
            u.quantity().value())).toList()), now);
  }

  private static String describe(List<CancelledUnits> units) {
    return String.join(", ", units.stream().map(u -> "line " + u.lineNumber() + " " + u.sku() + " x " + u.quantity())
        .toList());
  }

  /** The last moment of a day in the store's zone (the clock's): a deadline day ends at 23:59:59. */
  private Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant();
  }
}
