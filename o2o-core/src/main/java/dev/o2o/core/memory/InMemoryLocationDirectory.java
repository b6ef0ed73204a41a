package dev.o2o.core.memory;

import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The warehouses and stores in memory. */
public final class InMemoryLocationDirectory implements LocationDirectory {

  private final InMemoryTransactions transactions;
  private final TreeMap<LocationId, Location> locations = new TreeMap<>();

  public InMemoryLocationDirectory(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void save(Location location) {
    Optional<Location> previous = find(location.id());
    transactions.write(() -> locations.put(location.id(), location),
        () -> previous.ifPresentOrElse(p -> locations.put(p.id(), p), () -> locations.remove(location.id())));
  }

  @Override
  public Optional<Location> find(LocationId id) {
    return transactions.read(() -> Optional.ofNullable(locations.get(id)));
  }

  @Override
  public List<Location> all() {
    return transactions.read(() -> List.copyOf(locations.values()));
  }
}
