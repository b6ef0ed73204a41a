package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.print.SlipNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The pickup activity history in memory. */
public final class InMemoryPickupActivityLog implements PickupActivityLog {

  private final InMemoryTransactions transactions;
  private final List<PickupActivity> entries = new ArrayList<>();

  public InMemoryPickupActivityLog(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public void append(PickupActivity activity) {
    Objects.requireNonNull(activity, "activity");
    transactions.write(() -> entries.add(activity), () -> entries.remove(entries.size() - 1));
  }

  @Override
  public List<PickupActivity> of(SlipNumber pickup) {
    return transactions.read(() -> entries.stream().filter(e -> e.pickup().equals(pickup)).toList());
  }
}
