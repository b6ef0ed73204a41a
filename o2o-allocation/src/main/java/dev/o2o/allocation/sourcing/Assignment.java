package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import java.util.List;
import java.util.Objects;

/** Lines to ship from one source: one shipment of a plan. */
public record Assignment(Location source, int index, List<Demand> lines) {

  /** Refuses an assignment without lines. */
  public Assignment {
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an assignment to " + source.id() + " needs at least one line");
    }
  }
}
