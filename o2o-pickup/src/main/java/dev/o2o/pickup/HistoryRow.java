package dev.o2o.pickup;

import java.util.Objects;

/** One result of a history search: the pickup with its state's display category and colour. */
public record HistoryRow(Pickup pickup, DisplayCategory category, DisplayColour colour) {

  /** Refuses missing parts. */
  public HistoryRow {
    Objects.requireNonNull(pickup, "pickup");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(colour, "colour");
  }

  /** The row of a pickup, categorised by its state. */
  public static HistoryRow of(Pickup pickup) {
    return new HistoryRow(pickup, pickup.state().displayCategory(), pickup.state().displayColour());
  }
}
