package dev.o2o.allocation.shipment;

import dev.o2o.core.order.OrderId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: where shipments are kept. The writing methods and {@link #lock} are called inside a transaction of the
 * {@link dev.o2o.core.tx.TransactionRunner} the adapter comes with.
 */
public interface ShipmentStore {

  /** A fresh shipment id, never handed out before (ids of rolled-back shipments may be skipped, as sequences do). */
  ShipmentId nextId();

  Optional<Shipment> find(ShipmentId id);

  /** The shipment, locked against other writers of it until the transaction ends. */
  Optional<Shipment> lock(ShipmentId id);

  /** Adds or replaces a shipment. */
  void save(Shipment shipment);

  /**
   * Adds or replaces each shipment, as {@link #save} would one after the other (of two versions of one shipment, the
   * later stays). Stores on a database write new shipments in a few statements; the default saves them one by one.
   */
  default void saveAll(Collection<Shipment> shipments) {
    shipments.forEach(this::save);
  }

  /** The shipments carrying lines of an order, by id. */
  List<Shipment> ofOrder(OrderId order);

  /** The shipments in a state, by id. */
  List<Shipment> inState(ShipmentState state);
}
