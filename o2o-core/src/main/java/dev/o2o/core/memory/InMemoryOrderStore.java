package dev.o2o.core.memory;

import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.OrderStore;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  @Override
  public OrderPage search(OrderQuery query) {
    List<Order> matches = transactions.read(
        () -> orders.values().stream().map(slot -> slot.order).filter(query::matches).toList());
    List<Order> sorted = matches.stream()
        .sorted(query.newestFirst() ? Order.BY_ORDER_TIME.reversed() : Order.BY_ORDER_TIME)
        .skip((long) query.page() * query.pageSize())
        .limit(query.pageSize())
        .toList();
    return new OrderPage(sorted, matches.size(), query.page(), query.pageSize());
  }

  /** Reading may tidy the list (sort late listings in, drop stale ones): the transactions' one lock covers that too. */
  @Override
  public List<Order> withOpenLines() {
    return transactions.read(withOpenLines::orders);
  }
}
