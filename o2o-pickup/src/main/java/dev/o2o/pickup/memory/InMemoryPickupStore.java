package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.DuplicatePickupException;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The pickups in memory. */
public final class InMemoryPickupStore implements PickupStore {

  private static final Comparator<Pickup> ORDER =
      Comparator.comparing(Pickup::requestedAt).thenComparing(Pickup::number);

  private final InMemoryTransactions transactions;
  private final Map<SlipNumber, Pickup> byNumber = new HashMap<>();
  private final Map<String, SlipNumber> byOrder = new HashMap<>();
  private long lastNumber;

  public InMemoryPickupStore(InMemoryTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public SlipNumber nextNumber() {
    // Not undone on rollback, like a database sequence: a failed transaction leaves a gap.
    return transactions.read(() -> SlipNumber.ofSequence(++lastNumber));
  }

  @Override
  public void insert(Pickup pickup) {
    transactions.run(() -> {
      if (byNumber.containsKey(pickup.number())) {
        throw new DuplicatePickupException("slip number " + pickup.number() + " is already taken");
      }
      if (byOrder.containsKey(pickup.mallOrderNumber())) {
        throw new DuplicatePickupException("order " + pickup.mallOrderNumber() + " is already a pickup ("
            + byOrder.get(pickup.mallOrderNumber()) + ")");
      }
      transactions.write(() -> {
        byNumber.put(pickup.number(), pickup);
        return byOrder.put(pickup.mallOrderNumber(), pickup.number());
      }, () -> {
        byNumber.remove(pickup.number());
        byOrder.remove(pickup.mallOrderNumber());
      });
    });
  }

  @Override
  public void update(Pickup pickup) {
    transactions.run(() -> {
      Pickup old = byNumber.get(pickup.number());
      if (old == null) {
        throw new IllegalArgumentException("no pickup " + pickup.number() + " to update");
      }
      if (!old.mallOrderNumber().equals(pickup.mallOrderNumber())) {
        throw new IllegalArgumentException("pickup " + pickup.number() + " belongs to order " + old.mallOrderNumber()
            + ", not " + pickup.mallOrderNumber());
      }
      transactions.write(() -> byNumber.put(pickup.number(), pickup), () -> byNumber.put(pickup.number(), old));
    });
  }

  @Override
  public Optional<Pickup> find(SlipNumber number) {
    return transactions.read(() -> Optional.ofNullable(byNumber.get(number)));
  }

  @Override
  public Optional<Pickup> findForUpdate(SlipNumber number) {
    return transactions.inTransaction(() -> Optional.ofNullable(byNumber.get(number)));
  }

  @Override
  public Optional<Pickup> findByOrderNumber(String mallOrderNumber) {
    return transactions.read(() -> Optional.ofNullable(byOrder.get(mallOrderNumber)).map(byNumber::get));
  }

  @Override
  public List<Pickup> search(PickupQuery query) {
    return select(query::matches);
  }

  @Override
  public List<Pickup> withPendingSlips(LocationId store) {
    return select(p -> p.store().equals(store) && p.hasPendingSlips());
  }

  @Override
  public List<Pickup> overdue(LocationId store, Instant now) {
    return select(p -> p.store().equals(store) && p.isOverdue(now));
  }

  private List<Pickup> select(Predicate<Pickup> filter) {
    return transactions.read(() -> byNumber.values().stream().filter(filter).sorted(ORDER).toList());
  }
}
