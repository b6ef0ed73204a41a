package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;
import dev.o2o.core.model.LocationId;
import java.util.Objects;

/** The store a slip is printed for: its id and its name as the slip shows it. */
public record SlipStore(LocationId id, String name) {

  /** Refuses a location that is not a store, and a blank name. */
  public SlipStore {
    Objects.requireNonNull(id, "store");
    if (!id.isStore()) {
      throw new IllegalArgumentException("slips are printed for stores, not for " + id);
    }
    Checks.requireText("name of store " + id, name);
  }
}
