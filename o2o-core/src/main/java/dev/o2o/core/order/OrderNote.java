package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.Objects;

/** A note staff wrote on an order: who, when, what. */
public record OrderNote(Actor author, Instant at, String text) {

  /** Refuses blank text. */
  public OrderNote {
    Objects.requireNonNull(author, "author of the note");
    Objects.requireNonNull(at, "time of the note");
    requireText("note", text);
  }
}
