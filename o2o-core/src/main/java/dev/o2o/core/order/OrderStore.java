package dev.o2o.core.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: where orders are kept. The writing methods and {@link #lock} are called inside a transaction of the
 * {@link dev.o2o.core.tx.TransactionRunner} the adapter comes with.
 */
public interface OrderStore {

  /** The order, if it was ever taken. */
  Optional<Order> find(OrderId id);

  /** The order, locked against other writers of it until the transaction ends. */
  Optional<Order> lock(OrderId id);

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
