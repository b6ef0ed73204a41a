package dev.o2o.pickup;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.Optional;

/** Why a pickup command was refused; nothing was changed. */
public sealed interface PickupRefusal {

  /** A sentence for staff and logs. */
  String message();

  /** No pickup answers to the reference. */
  record NotFound(PickupRef ref) implements PickupRefusal {
    @Override
    public String message() {
      return "no pickup for " + ref;
    }
  }

  /** The actor works for another location than the pickup's store. */
  record OtherStore(String pickup, LocationId store, Actor actor) implements PickupRefusal {
    @Override
    public String message() {
      return actor + " works for " + actor.location().map(Object::toString).orElse("no store")
          + " and cannot act on " + pickup + " of " + store;
    }
  }

  /** A cancellation names an unknown line, more units than a line has left, or nothing. */
  record BadCancellation(SlipNumber pickup, String problem) implements PickupRefusal {
    @Override
    public String message() {
      return problem;
    }
  }

  /** A coded reason whose code the host did not configure. */
  record UnknownReasonCode(String code) implements PickupRefusal {
    @Override
    public String message() {
      return "unknown reason code '" + code + "'";
    }
  }

  /** Expiry asked of a pickup whose deadline has not passed. */
  record NotOverdue(SlipNumber pickup, Optional<Instant> deadline, Instant now) implements PickupRefusal {
    @Override
    public String message() {
      return "pickup " + pickup + " is not past its deadline (" + deadline.map(Object::toString).orElse("none")
          + ") at " + now;
    }
  }

  /** The pickup's acceptance slip is void (the pickup was cancelled or unavailable): it is not reprinted. */
  record SlipVoid(SlipNumber pickup, PickupState state) implements PickupRefusal {
    @Override
    public String message() {
      return "the acceptance slip of pickup " + pickup + " is void: the pickup is " + state;
    }
  }
}
