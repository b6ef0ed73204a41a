package dev.o2o.pickup.scan;

import static dev.o2o.pickup.scan.ItemTally.refuse;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.IllegalPickupTransitionException;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupOutcome;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupStateMachine;
import dev.o2o.pickup.PickupTransition;
import dev.o2o.pickup.Pickups;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.SlipNumber;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The [Pickup registration] tab of one member of staff: scan the customer's slip (the mall order number), then the
 * acceptance slip kept with the items, then every unit; the quantities are checked against what was accepted; staff
 * confirm with the customer to complete. "Pickup cancel" once the pickup is identified, with a reason. Not shared
 * between terminals; its methods are synchronised.
 */
public final class CompletionScan {

  private final Pickups pickups;
  private final Catalogue catalogue;
  private final Actor actor;
  private Pickup pickup;
  private ScanStep step = ScanStep.CUSTOMER_SLIP;
  private ItemTally tally;

  CompletionScan(Pickups pickups, Catalogue catalogue, Actor actor) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  /** One scanned code, read as what the session waits for. */
  public synchronized ScanResult scan(String scanned) {
    String code = scanned == null ? "" : scanned.strip();
    if (code.isEmpty()) {
      return refuse(ScanRefusal.Kind.UNREADABLE, "", "nothing readable was scanned");
    }
    return switch (step) {
      case CUSTOMER_SLIP -> customerSlip(code);
      case KEPT_SLIP -> keptSlip(code);
      default -> item(code);
    };
  }

  private ScanResult customerSlip(String code) {
    Optional<Pickup> found = pickups.findByOrderNumber(code);
    if (found.isEmpty()) {
      return SlipNumber.isValid(code)
          ? refuse(ScanRefusal.Kind.NOT_A_SLIP, code, code + " is an acceptance slip: scan the customer's slip first")
          : refuse(ScanRefusal.Kind.UNKNOWN_PICKUP, code, "no pickup has order number " + code);
    }
    Pickup candidate = found.get();
    if (!Pickups.mayActAt(actor, candidate.store())) {
      return refuse(ScanRefusal.Kind.OTHER_STORE, code, "order " + code + " is a pickup of " + candidate.store()
          + ", not of " + actor.location().map(Object::toString).orElse("this store"));
    }
    if (!PickupStateMachine.allows(candidate.state(), PickupTransition.COMPLETE)) {
      return refuse(ScanRefusal.Kind.WRONG_STATE, code, "pickup " + candidate.number() + " of order " + code + " is "
          + candidate.state() + " and cannot be handed over");
    }
    pickup = candidate;
    step = ScanStep.KEPT_SLIP;
    return new ScanResult.SlipRead(candidate, progress0());
  }

  private ScanResult keptSlip(String code) {
    if (!SlipNumber.isValid(code)) {
      return refuse(ScanRefusal.Kind.NOT_A_SLIP, code, "'" + code + "' is not an acceptance slip: scan the slip kept "
          + "with the items of order " + pickup.mallOrderNumber());
    }
    if (!pickup.number().value().equals(code)) {
      return refuse(ScanRefusal.Kind.SLIP_MISMATCH, code, "slip " + code + " is not the slip of order "
          + pickup.mallOrderNumber() + " (that is " + pickup.number() + ")");
    }
    tally = new ItemTally(catalogue, pickup);
    step = ScanStep.ITEMS;
    return new ScanResult.SlipRead(pickup, tally.progress(step));
  }

  private ScanResult item(String code) {
    if (SlipNumber.isValid(code)) {
      return refuse(ScanRefusal.Kind.UNEXPECTED_SLIP, code, "slip " + code + " was scanned while the items of "
          + pickup.number() + " are being scanned");
    }
    Optional<Pickup> current = pickups.find(pickup.number());
    if (current.isEmpty() || !PickupStateMachine.allows(current.get().state(), PickupTransition.COMPLETE)) {
      String state = current.map(p -> p.state().name()).orElse("gone");
      SlipNumber number = pickup.number();
      reset();
      return refuse(ScanRefusal.Kind.WRONG_STATE, code, "pickup " + number + " is now " + state
          + " and cannot be handed over");
    }
    pickup = current.get();
    tally.stillMatches(pickup);
    boolean wasComplete = step == ScanStep.CONFIRM;
    ScanResult counted = tally.count(code, ScanStep.ITEMS);
    if (tally.complete()) {
      step = ScanStep.CONFIRM;
      return wasComplete ? counted : new ScanResult.AllItemsScanned(tally.progress(step));
    }
    step = ScanStep.ITEMS;
    return counted;
  }

  /** [Pickup complete]: once every unit is scanned and staff confirmed with the customer; hands the stock over. */
  public synchronized ScanResult confirm() {
    if (step != ScanStep.CONFIRM) {
      return refuse(ScanRefusal.Kind.NOT_ALL_SCANNED, "", pickup == null
          ? "scan the customer's slip first"
          : (tally == null ? "scan the acceptance slip of " + pickup.number() + " first"
              : tally.missing() + " units of pickup " + pickup.number() + " are still to scan"));
    }
    Optional<Pickup> current = pickups.find(pickup.number());
    if (current.isEmpty() || !PickupStateMachine.allows(current.get().state(), PickupTransition.COMPLETE)) {
      String state = current.map(p -> p.state().name()).orElse("gone");
      SlipNumber number = pickup.number();
      reset();
      return refuse(ScanRefusal.Kind.WRONG_STATE, "", "pickup " + number + " is now " + state
          + " and cannot be handed over");
    }
    if (!tally.stillMatches(current.get())) {
      pickup = current.get();
      step = tally.complete() ? ScanStep.CONFIRM : ScanStep.ITEMS;
      return refuse(ScanRefusal.Kind.PICKUP_CHANGED, "", "pickup " + pickup.number()
          + " changed while it was scanned; check the items again (" + tally.missing() + " units to scan)");
    }
    return command(() -> pickups.complete(pickup.number(), actor));
  }

  /** "Pickup cancel" for the identified pickup, with a reason: its stock is released and a cancellation slip waits. */
  public synchronized ScanResult cancel(Reason reason) {
    if (pickup == null) {
      return refuse(ScanRefusal.Kind.NO_PICKUP, "", "scan the customer's slip first");
    }
    return command(() -> pickups.cancel(PickupRef.of(pickup.number()), reason, actor));
  }

  private ScanResult command(Supplier<PickupOutcome> command) {
    try {
      PickupOutcome outcome = command.get();
      if (outcome instanceof PickupOutcome.Done done) {
        reset();
        return new ScanResult.PickupChanged(done.after());
      }
      return refuse(ScanRefusal.Kind.COMMAND_REFUSED, pickup.number().value(),
          ((PickupOutcome.Refused) outcome).refusal().message());
    } catch (IllegalPickupTransitionException e) {
      return refuse(ScanRefusal.Kind.WRONG_STATE, pickup.number().value(), e.getMessage());
    }
  }

  /** Takes back the last scan: an item, else the acceptance slip, else the customer's slip. */
  public synchronized ScanResult undo() {
    if (tally != null) {
      Optional<SkuCode> undone = tally.undo();
      if (undone.isPresent()) {
        step = ScanStep.ITEMS;
        return new ScanResult.Undone("one unit of " + undone.get(), step);
      }
      tally = null;
      step = ScanStep.KEPT_SLIP;
      return new ScanResult.Undone("slip " + pickup.number(), step);
    }
    if (pickup != null) {
      String order = pickup.mallOrderNumber();
      reset();
      return new ScanResult.Undone("customer's slip " + order, step);
    }
    return refuse(ScanRefusal.Kind.NOTHING_TO_UNDO, "", "nothing to undo");
  }

  /** Where the session stands; empty before the customer's slip is scanned. */
  public synchronized Optional<ScanProgress> progress() {
    if (pickup == null) {
      return Optional.empty();
    }
    return Optional.of(tally == null ? progress0() : tally.progress(step));
  }

  private ScanProgress progress0() {
    return new ItemTally(catalogue, pickup).progress(step);
  }

  /** What the session waits for. */
  public synchronized ScanStep step() {
    return step;
  }

  /** Drops everything scanned. */
  public synchronized void reset() {
    pickup = null;
    tally = null;
    step = ScanStep.CUSTOMER_SLIP;
  }
}
