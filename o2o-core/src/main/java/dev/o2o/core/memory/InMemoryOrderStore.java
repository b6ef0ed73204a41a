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
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The orders in memory, and beside them the orders with an open line kept in allocation order, so that an allocation
 * run walks them instead of filtering and sorting every order.
 */
public final class InMemoryOrderStore implements OrderStore {

  private final InMemoryTransactions transactions;
  /** Every order, in the slot that also says whether {@link #withOpenLines} lists it. */
  private final Map<OrderId, OpenOrders.Slot> orders = new HashMap<>();
  /** Exactly the orders of {@link #orders} with an open line, in allocation order. */
  private final OpenOrders withOpenLines = new OpenOrders();

  public InMemoryOrderStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return transactions.read(() -> Optional.ofNullable(orderOf(id)));
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
        Order order = orderOf(id);
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
        OpenOrders.Slot slot = this.orders.get(saved[i].id());
        if (slot == null) {
          slot = new OpenOrders.Slot(null);
          this.orders.put(saved[i].id(), slot);
        }
        previous[i] = slot.order;
        slot.order = saved[i];
        withOpenLines.changed(slot, previous[i]);
      }
      return null;
    }, () -> {
      for (int i = saved.length - 1; i >= 0; i--) {
        OpenOrders.Slot slot = this.orders.get(saved[i].id());
        slot.order = previous[i];
        if (previous[i] == null) {
          this.orders.remove(saved[i].id());
        }
        withOpenLines.changed(slot, saved[i]);
      }
    });
  }

  private Order orderOf(OrderId id) {
    OpenOrders.Slot slot = orders.get(id);
    return slot == null ? null : slot.order;
  }

  /**
   * One pass over the orders: of the matches it counts all and keeps only those up to the end of the page asked for,
   * in a heap whose head is the last of them, so that a page of a large store costs no sort of every match.
   */
  @Override
  public OrderPage search(OrderQuery query) {
    Comparator<Order> listed = query.newestFirst() ? Order.BY_ORDER_TIME.reversed() : Order.BY_ORDER_TIME;
    long throughPage = (long) (query.page() + 1) * query.pageSize();
    PriorityQueue<Order> first = new PriorityQueue<>(listed.reversed());
    long total = transactions.read(() -> {
      long keep = Math.min(throughPage, orders.size());
      long matches = 0;
      for (OpenOrders.Slot slot : orders.values()) {
        Order order = slot.order;
        if (!query.matches(order)) {
          continue;
        }
        matches++;
        if (first.size() < keep) {
          first.add(order);
        } else if (listed.compare(order, first.peek()) < 0) {
          first.poll();
          first.add(order);
        }
      }
      return matches;
    });
    Order[] kept = first.toArray(Order[]::new);
    Arrays.sort(kept, listed);
    int from = (int) Math.min((long) query.page() * query.pageSize(), kept.length);
    return new OrderPage(Arrays.asList(kept).subList(from, kept.length), total, query.page(), query.pageSize());
  }

  /** Reading may tidy the list (sort late listings in, drop stale ones): the transactions' one lock covers that too. */
  @Override
  public List<Order> withOpenLines() {
    return transactions.read(withOpenLines::orders);
  }
}
