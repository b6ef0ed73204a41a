package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.printing.PrintSettings;
import dev.o2o.pickup.printing.PrintSettingsStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The stores' print settings in memory. */
public final class InMemoryPrintSettingsStore implements PrintSettingsStore {

  private final InMemoryTransactions transactions;
  private final TreeMap<LocationId, PrintSettings> byStore = new TreeMap<>();

  public InMemoryPrintSettingsStore(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public Optional<PrintSettings> find(LocationId store) {
    return transactions.read(() -> Optional.ofNullable(byStore.get(store)));
  }

  @Override
  public void save(PrintSettings settings) {
    Objects.requireNonNull(settings, "settings");
    transactions.run(() -> {
      PrintSettings old = byStore.get(settings.store());
      transactions.write(() -> byStore.put(settings.store(), settings), () -> {
        if (old == null) {
          byStore.remove(settings.store());
        } else {
          byStore.put(settings.store(), old);
        }
      });
    });
  }

  @Override
  public List<PrintSettings> all() {
    return transactions.read(() -> List.copyOf(byStore.values()));
  }
}
