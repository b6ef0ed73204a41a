package dev.o2o.core.location;

import dev.o2o.core.model.LocationId;
import java.util.List;
import java.util.Optional;

/** Outbound port: the warehouses and stores, and which of them ship online orders. */
public interface LocationDirectory {

  /** Adds or replaces a location. */
  void save(Location location);

  Optional<Location> find(LocationId id);

  /** Every location, sorted by id. */
  List<Location> all();

  /** The locations that ship online orders, best rank first (ties by id). */
  default List<Location> onlineSources() {
    return all().stream()
        .filter(Location::shipsOnline)
        .sorted(Location.SOURCING_ORDER)
        .toList();
  }

  /** The location, or an {@link IllegalArgumentException} naming it. */
  default Location require(LocationId id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException("unknown location " + id));
  }
}
