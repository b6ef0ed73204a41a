package dev.o2o.core.memory;

import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.OrderStore;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The orders in memory, and beside them the orders with an open line kept in allocation order, so that an allocation
 * run walks them instead of filtering and sorting every order.
 */
public final class InMemoryOrderStore implements OrderStore {

  private static final Comparator<Order> BY_TIME = Comparator.comparing(Order::orderedAt).thenComparing(Order::id);
  /** Priority first, then oldest, then by id; written out, as every save of an open order is placed by it. */
  private static final Comparator<Order> FOR_ALLOCATION = (a, b) -> {
    if (a.priority() != b.priority()) {
      return a.priority() ? -1 : 1;
    }
    int byTime = a.orderedAt().compareTo(b.orderedAt());
    return byTime != 0 ? byTime : a.id().compareTo(b.id());
  };

  private final InMemoryTransactions transactions;
  private final Map<OrderId, Order> orders = new HashMap<>();
  /** Exactly the orders of {@link #orders} with an open line, in allocation order (immutable, each keeps its place). */
  private final NavigableSet<Order> withOpenLines = new TreeSet<>(FOR_ALLOCATION);

  public InMemoryOrderStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return transactions.read(() -> Optional.ofNullable(orders.get(id)));
  }

  @Override
  public Optional<Order> lock(OrderId id) {
    // The transaction's lock already excludes every other writer.
    return find(id);
  }

  /** Sorts the ids and reads each once, under one hold of the lock. */
  @Override
  public Map<OrderId, Order> lockAll(Collection<OrderId> ids) {
    OrderId[] sorted = ids.toArray(OrderId[]::new);
    Arrays.sort(sorted);
    return transactions.read(() -> {
      Map<OrderId, Order> found = new LinkedHashMap<>((int) (sorted.length / 0.75f) + 1);
      for (OrderId id : sorted) {
        Order order = orders.get(id);
        if (order != null) {
          found.put(id, order);
        }
      }
      return found;
    });
  }

  @Override
  public void save(Order order) {
    saveAll(List.of(order));
  }

  /** Saves them in order under one hold of the lock, with one undo for them all. */
  @Override
  public void saveAll(Collection<Order> orders) {
    Order[] saved = orders.toArray(Order[]::new);
    for (Order order : saved) {
      Objects.requireNonNull(order, "order");
    }
    // The order each one replaced, to undo in reverse order: known once put.
    Order[] previous = new Order[saved.length];
    transactions.write(() -> {
      for (int i = 0; i < saved.length; i++) {
        previous[i] = this.orders.put(saved[i].id(), saved[i]);
        replaceOpen(previous[i], saved[i]);
      }
      return null;
    }, () -> {
      for (int i = saved.length - 1; i >= 0; i--) {
        if (previous[i] == null) {
          this.orders.remove(saved[i].id());
        } else {
          this.orders.put(saved[i].id(), previous[i]);
        }
        replaceOpen(saved[i], previous[i]);
      }
    });
  }

  /** Keeps {@link #withOpenLines} in step when {@code next} replaces {@code replaced} (either may be null). */
  private void replaceOpen(Order replaced, Order next) {
    if (replaced != null && replaced.hasOpenLines()) {
      withOpenLines.remove(replaced);
    }
    if (next != null && next.hasOpenLines()) {
      withOpenLines.add(next);
    }
  }

  @Override
  public OrderPage search(OrderQuery query) {
    List<Order> matches = transactions.read(() -> orders.values().stream().filter(query::matches).toList());
    List<Order> sorted = matches.stream()
        .sorted(query.newestFirst() ? BY_TIME.reversed() : BY_TIME)
        .skip((long) query.page() * query.pageSize())
        .limit(query.pageSize())
        .toList();
    return new OrderPage(sorted, matches.size(), query.page(), query.pageSize());
  }

  @Override
  public List<Order> withOpenLines() {
    return transactions.read(() -> List.copyOf(withOpenLines));
  }
}
