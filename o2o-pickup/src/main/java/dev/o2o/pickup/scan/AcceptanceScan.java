package dev.o2o.pickup.scan;

import static dev.o2o.pickup.scan.ItemTally.refuse;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.model.Actor;
import dev.o2o.pickup.IllegalPickupTransitionException;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupOutcome;
import dev.o2o.pickup.PickupStateMachine;
import dev.o2o.pickup.PickupTransition;
import dev.o2o.pickup.Pickups;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.SlipNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * The [Pickup acceptance] tab of one member of staff: scan the acceptance slip, then every requested unit; the
 * pickup is accepted by itself when the last unit is scanned (its items then wait on the hanger). "Pickup
 * unavailable" after the slip, with a reason. Not shared between terminals; its methods are synchronised.
 */
public final class AcceptanceScan {

  private final Pickups pickups;
  private final Catalogue catalogue;
  private final Actor actor;
  private Pickup pickup;
  private ItemTally tally;

  AcceptanceScan(Pickups pickups, Catalogue catalogue, Actor actor) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.actor = Objects.requireNonNull(actor, "actor");
  }

  /** One scanned code: the acceptance slip first, then items. A new slip may replace one with no item scanned yet. */
  public synchronized ScanResult scan(String scanned) {
    String code = scanned == null ? "" : scanned.strip();
    if (code.isEmpty()) {
      return refuse(ScanRefusal.Kind.UNREADABLE, "", "nothing readable was scanned");
    }
    if (pickup == null || (tally.isEmpty() && SlipNumber.isValid(code))) {
      return openSlip(code);
    }
    if (SlipNumber.isValid(code)) {
      return refuse(ScanRefusal.Kind.UNEXPECTED_SLIP, code, "slip " + code + " was scanned while the items of "
          + pickup.number() + " are being scanned: scan its items, undo them or reset first");
    }
    Optional<ScanResult> gone = refresh(code);
    if (gone.isPresent()) {
      return gone.get();
    }
    ScanResult counted = tally.count(code, ScanStep.ITEMS);
    // Complete also after a refused unit when the mall cancelled units meanwhile: the last wanted one was scanned.
    return tally.complete() ? acceptNow(code) : counted;
  }

  /** Takes in what changed in the pickup since its slip was scanned; a refusal when it can no longer be accepted. */
  private Optional<ScanResult> refresh(String code) {
    Optional<Pickup> current = pickups.find(pickup.number());
    if (current.isEmpty() || !PickupStateMachine.allows(current.get().state(), PickupTransition.ACCEPT)) {
      String state = current.map(p -> p.state().name()).orElse("gone");
      SlipNumber number = pickup.number();
      reset();
      return Optional.of(refuse(ScanRefusal.Kind.WRONG_STATE, code, "pickup " + number + " is now " + state
          + " and cannot be accepted any more"));
    }
    pickup = current.get();
    tally.stillMatches(pickup);
    return Optional.empty();
  }

  private ScanResult openSlip(String code) {
    if (!SlipNumber.isValid(code)) {
      return refuse(ScanRefusal.Kind.NOT_A_SLIP, code, "'" + code + "' is not an acceptance slip: scan the slip first");
    }
    SlipNumber number = SlipNumber.of(code);
    Optional<Pickup> found = pickups.find(number);
    if (found.isEmpty()) {
      return refuse(ScanRefusal.Kind.UNKNOWN_PICKUP, code, "no pickup has slip " + code);
    }
    Pickup candidate = found.get();
    if (!Pickups.mayActAt(actor, candidate.store())) {
      return refuse(ScanRefusal.Kind.OTHER_STORE, code, "slip " + code + " is a pickup of " + candidate.store()
          + ", not of " + actor.location().map(Object::toString).orElse("this store"));
    }
    if (!PickupStateMachine.allows(candidate.state(), PickupTransition.ACCEPT)) {
      return refuse(ScanRefusal.Kind.WRONG_STATE, code, "pickup " + code + " is " + candidate.state()
          + " and cannot be accepted");
    }
    pickup = candidate;
    tally = new ItemTally(catalogue, candidate);
    return new ScanResult.SlipRead(candidate, tally.progress(ScanStep.ITEMS));
  }

  private ScanResult acceptNow(String code) {
    Optional<Pickup> current = pickups.find(pickup.number());
    if (current.isEmpty() || !tally.stillMatches(current.get())) {
      current.ifPresent(p -> pickup = p);
      if (current.isPresent() && tally.complete()) {
        return acceptNow(code);
      }
      return refuse(ScanRefusal.Kind.PICKUP_CHANGED, code, "pickup " + pickup.number()
          + " changed while it was scanned: " + tally.missing() + " units to scan as it now stands");
    }
    try {
      PickupOutcome outcome = pickups.accept(pickup.number(), actor);
      if (outcome instanceof PickupOutcome.Done done) {
        reset();
        return new ScanResult.PickupChanged(done.after());
      }
      tally.undo();
      return refuse(ScanRefusal.Kind.COMMAND_REFUSED, code,
          ((PickupOutcome.Refused) outcome).refusal().message());
    } catch (IllegalPickupTransitionException e) {
      tally.undo();
      return refuse(ScanRefusal.Kind.WRONG_STATE, code, e.getMessage());
    }
  }

  /** "Pickup unavailable" for the pickup whose slip was scanned, with a reason: its stock is released. */
  public synchronized ScanResult markUnavailable(Reason reason) {
    if (pickup == null) {
      return refuse(ScanRefusal.Kind.NO_PICKUP, "", "scan the acceptance slip first");
    }
    try {
      PickupOutcome outcome = pickups.markUnavailable(pickup.number(), reason, actor);
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

  /** Takes back the last item scanned, or, with none, the slip. */
  public synchronized ScanResult undo() {
    if (pickup == null) {
      return refuse(ScanRefusal.Kind.NOTHING_TO_UNDO, "", "nothing to undo");
    }
    Optional<dev.o2o.core.model.SkuCode> undone = tally.undo();
    if (undone.isPresent()) {
      return new ScanResult.Undone("one unit of " + undone.get(), ScanStep.ITEMS);
    }
    String slip = pickup.number().value();
    reset();
    return new ScanResult.Undone("slip " + slip, ScanStep.ACCEPTANCE_SLIP);
  }

  /** Where the session stands; empty before a slip is scanned. */
  public synchronized Optional<ScanProgress> progress() {
    return pickup == null ? Optional.empty() : Optional.of(tally.progress(ScanStep.ITEMS));
  }

  /** What the session waits for. */
  public synchronized ScanStep step() {
    return pickup == null ? ScanStep.ACCEPTANCE_SLIP : ScanStep.ITEMS;
  }

  /** Drops the slip and every item scanned. */
  public synchronized void reset() {
    pickup = null;
    tally = null;
  }
}
