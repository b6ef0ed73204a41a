package dev.o2o.core.location;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.LocationId;
import java.util.Comparator;
import java.util.Objects;

/**
 * A warehouse or store: its name, whether it ships online orders, and its sourcing rank among those that do (1 is
 * tried first).
 */
public record Location(LocationId id, String name, boolean shipsOnline, int sourcingRank) {

  /** Sourcing rank first (1 first), then location id: the order {@link LocationDirectory#onlineSources} lists. */
  public static final Comparator<Location> SOURCING_ORDER =
      Comparator.comparingInt(Location::sourcingRank).thenComparing(Location::id);

  /** Refuses a blank name and a rank below 1. */
  public Location {
    Objects.requireNonNull(id, "location id");
    requireText("name of location " + id, name);
    if (sourcingRank < 1) {
      throw new IllegalArgumentException("sourcing rank of " + id + " must be 1 or more, got " + sourcingRank);
    }
  }
}
