package dev.o2o.allocation.sourcing;

import dev.o2o.core.model.LocationId;
import java.util.Objects;
import java.util.Optional;

/**
 * A line that could not be allocated: at the location named (the best one for it, or for its shipment), only
 * {@code sellable} units were there to sell online. Empty location when no location ships online orders.
 */
public record Shortage(Demand line, Optional<LocationId> at, int sellable) {

  /** Refuses missing parts and a sellable figure that would not make the line short. */
  public Shortage {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(at, "location");
    if (sellable < 0 || sellable >= line.quantity()) {
      throw new IllegalArgumentException("line " + line + " is not short with " + sellable + " sellable");
    }
  }

  /** How many units are missing. */
  public int shortBy() {
    return line.quantity() - sellable;
  }

  /** A sentence for staff: which line, which SKU, short by how much, where. */
  public String message() {
    return "line " + line.line() + " of order " + line.order() + " (" + line.sku() + " x " + line.quantity()
        + ") is short by " + shortBy() + at.map(l -> " at " + l + " (" + sellable + " sellable)")
        .orElse(": no location ships online orders");
  }

  @Override
  public String toString() {
    return message();
  }
}
