package dev.o2o.core.order;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Outbound port: where orders are kept. The writing methods and {@link #lock} are called inside a transaction of the
 * {@link dev.o2o.core.tx.TransactionRunner} the adapter comes with.
 */
public interface OrderStore {

  /** The order, if it was ever taken. */
  Optional<Order> find(OrderId id);

  /** The order, locked against other writers of it until the transaction ends. */
  Optional<Order> lock(OrderId id);

  /**
   * The orders among {@code ids} that were ever taken, each locked as {@link #lock} locks one, in id order (so that
   * two callers locking sets that overlap lock alike), and answered in id order. Stores on a database read the
   * locked orders together; the default locks and reads them one by one.
   */
  default Map<OrderId, Order> lockAll(Collection<OrderId> ids) {
    Map<OrderId, Order> locked = new LinkedHashMap<>();
    for (OrderId id : new TreeSet<>(ids)) {
      lock(id).ifPresent(order -> locked.put(id, order));
    }
    return locked;
  }

  /** Adds or replaces an order. */
  void save(Order order);

  /**
   * Adds or replaces each order, as {@link #save} would one after the other (of two versions of one order, the later
   * stays). Stores on a database write them in a few statements; the default saves them one by one.
   */
  default void saveAll(Collection<Order> orders) {
    orders.forEach(this::save);
  }

  /** One page of the orders that match, sorted by order time then id, and the number of matches. */
  OrderPage search(OrderQuery query);

  /**
   * Every order with an open line, held or not: priority orders first, then by order time, then by id. What an
   * allocation run considers.
   */
  List<Order> withOpenLines();
}
