package dev.o2o.allocation.shipment;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a shipment's history: when, by whom, the state it was left in and what changed, in words. A value like
 * a record (its equality is that of its four parts); the first entry of a new shipment keeps only its source and writes
 * its words when they are read, as an allocation run creates a shipment per order or so.
 */
public final class ShipmentChange {

  private final Instant at;
  private final Actor actor;
  private final ShipmentState state;
  /** The words, or (for "allocated from …") the source they are written from. */
  private final Object what;

  /** Refuses missing parts and a blank description. */
  public ShipmentChange(Instant at, Actor actor, ShipmentState state, String what) {
    this(at, actor, state, (Object) requireText("what changed", what));
  }

  private ShipmentChange(Instant at, Actor actor, ShipmentState state, Object what) {
    this.at = Objects.requireNonNull(at, "time of the change");
    this.actor = Objects.requireNonNull(actor, "actor of the change");
    this.state = Objects.requireNonNull(state, "state after the change");
    this.what = what;
  }

  /** The first entry of a shipment allocated from {@code source}: "allocated from " and the source. */
  static ShipmentChange allocatedFrom(LocationId source, Instant at, Actor actor) {
    return new ShipmentChange(at, actor, ShipmentState.ALLOCATED, (Object) Objects.requireNonNull(source, "source"));
  }

  public Instant at() {
    return at;
  }

  public Actor actor() {
    return actor;
  }

  public ShipmentState state() {
    return state;
  }

  /** What changed, in words. */
  public String what() {
    return what instanceof LocationId source ? "allocated from " + source : (String) what;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShipmentChange change && at.equals(change.at) && actor.equals(change.actor)
        && state == change.state && what().equals(change.what());
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, actor, state, what());
  }

  @Override
  public String toString() {
    return "ShipmentChange[at=" + at + ", actor=" + actor + ", state=" + state + ", what=" + what() + "]";
  }
}
