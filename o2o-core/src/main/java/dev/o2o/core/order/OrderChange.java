package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an order's history: when, by whom, and what changed, in words. A value like a record (its equality is
 * that of its three parts); a few frequent entries keep what changed as data and write the words when they are read,
 * as every order carries its history and an allocation run adds an entry to each.
 */
public final class OrderChange {

  private final Instant at;
  private final Actor actor;
  /** The words, or the {@link Wording} they are written from. */
  private final Object what;

  /** Refuses a blank description. */
  public OrderChange(Instant at, Actor actor, String what) {
    this(at, actor, (Object) requireText("what changed", what));
  }

  /** An entry whose words are written from {@code what} when read. */
  static OrderChange worded(Instant at, Actor actor, Wording what) {
    return new OrderChange(at, actor, (Object) Objects.requireNonNull(what, "what changed"));
  }

  private OrderChange(Instant at, Actor actor, Object what) {
    this.at = Objects.requireNonNull(at, "time of the change");
    this.actor = Objects.requireNonNull(actor, "actor of the change");
    this.what = what;
  }

  public Instant at() {
    return at;
  }

  public Actor actor() {
    return actor;
  }

  /** What changed, in words. */
  public String what() {
    return what instanceof Wording wording ? wording.words() : (String) what;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderChange change && at.equals(change.at) && actor.equals(change.actor)
        && what().equals(change.what());
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, actor, what());
  }

  @Override
  public String toString() {
    return "OrderChange[at=" + at + ", actor=" + actor + ", what=" + what() + "]";
  }

  /** What changed, kept as data until it is read: never blank, and the same words on every reading. */
  interface Wording {
    String words();
  }
}
