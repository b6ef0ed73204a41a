package dev.o2o.allocation.memory;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.order.OrderId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The shipments in memory. */
public final class InMemoryShipmentStore implements ShipmentStore {

  private final InMemoryTransactions transactions;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<ShipmentId, Shipment> shipments = new HashMap<>();
  private final Map<OrderId, List<ShipmentId>> byOrder = new HashMap<>();

  public InMemoryShipmentStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public ShipmentId nextId() {
    return ShipmentId.ofSequence(sequence.incrementAndGet());
  }

  @Override
  public Optional<Shipment> find(ShipmentId id) {
    return transactions.read(() -> Optional.ofNullable(shipments.get(id)));
  }

  @Override
  public Optional<Shipment> lock(ShipmentId id) {
    // The transaction's lock already excludes every other writer.
    return find(id);
  }

  @Override
  public void save(Shipment shipment) {
    // The shipment it replaces, to undo: known once put.
    Shipment[] previous = new Shipment[1];
    List<OrderId> added = new ArrayList<>(1);
    transactions.write(() -> {
      previous[0] = shipments.put(shipment.id(), shipment);
      if (previous[0] == null) {
        OrderId last = null;
        for (var line : shipment.lines()) {
          if (!line.order().equals(last) && !added.contains(line.order())) {
            byOrder.computeIfAbsent(line.order(), o -> new ArrayList<>(1)).add(shipment.id());
            added.add(line.order());
          }
          last = line.order();
        }
      }
      return null;
    }, () -> {
      if (previous[0] == null) {
        shipments.remove(shipment.id());
        added.forEach(order -> byOrder.get(order).remove(shipment.id()));
      } else {
        shipments.put(shipment.id(), previous[0]);
      }
    });
  }

  @Override
  public List<Shipment> ofOrder(OrderId order) {
    return transactions.read(() -> byOrder.getOrDefault(order, List.of()).stream().sorted()
        .map(shipments::get).toList());
  }

  @Override
  public List<Shipment> inState(ShipmentState state) {
    return transactions.read(() -> shipments.values().stream().filter(s -> s.state() == state)
        .sorted(Comparator.comparing(Shipment::id)).toList());
  }
}
