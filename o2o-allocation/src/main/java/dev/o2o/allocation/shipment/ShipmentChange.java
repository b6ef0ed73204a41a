package dev.o2o.allocation.shipment;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.Objects;

/** One entry of a shipment's history: when, by whom, the state it was left in and what changed, in words. */
public record ShipmentChange(Instant at, Actor actor, ShipmentState state, String what) {

  /** Refuses missing parts and a blank description. */
  public ShipmentChange {
    Objects.requireNonNull(at, "time of the change");
    Objects.requireNonNull(actor, "actor of the change");
    Objects.requireNonNull(state, "state after the change");
    requireText("what changed", what);
  }
}
