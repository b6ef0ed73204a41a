package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.Objects;

/** One entry of an order's history: when, by whom, and what changed, in words. */
public record OrderChange(Instant at, Actor actor, String what) {

  /** Refuses a blank description. */
  public OrderChange {
    Objects.requireNonNull(at, "time of the change");
    Objects.requireNonNull(actor, "actor of the change");
    requireText("what changed", what);
  }
}
