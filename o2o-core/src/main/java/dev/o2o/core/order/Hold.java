package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.Objects;

/** A shipment hold on an order: why, who set it and when. A held order is never allocated. */
public record Hold(String reason, Actor by, Instant at) {

  /** Refuses a blank reason. */
  public Hold {
    requireText("hold reason", reason);
    Objects.requireNonNull(by, "who set the hold");
    Objects.requireNonNull(at, "when the hold was set");
  }
}
