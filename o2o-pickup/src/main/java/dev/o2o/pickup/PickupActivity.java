package dev.o2o.pickup;

import dev.o2o.core.model.Actor;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of a pickup's history: who did what, when, the state it left the pickup in, and any detail. */
public record PickupActivity(SlipNumber pickup, Instant at, Actor actor, Activity activity, PickupState stateAfter,
    Optional<String> detail) {

  /** Refuses missing parts. */
  public PickupActivity {
    Objects.requireNonNull(pickup, "pickup");
    Objects.requireNonNull(at, "time of activity on " + pickup);
    Objects.requireNonNull(actor, "actor of activity on " + pickup);
    Objects.requireNonNull(activity, "activity on " + pickup);
    Objects.requireNonNull(stateAfter, "state after activity on " + pickup);
    Objects.requireNonNull(detail, "detail of activity on " + pickup);
  }

  @Override
  public String toString() {
    return at + " " + actor + " " + activity + " -> " + stateAfter + detail.map(d -> " (" + d + ")").orElse("");
  }
}
