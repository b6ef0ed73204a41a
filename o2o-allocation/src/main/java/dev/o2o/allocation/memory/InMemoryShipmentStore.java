package dev.o2o.allocation.memory;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.order.OrderId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/** The shipments in memory. */
public final class InMemoryShipmentStore implements ShipmentStore {

  private final InMemoryTransactions transactions;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<ShipmentId, Shipment> shipments = new HashMap<>();
  /**
   * The shipments of each order, by order: the first one here, any later ones in {@link #laterOfOrder}. Most orders
   * have one shipment, and a million orders then cost a map entry each, not also a list.
   */
  private final Map<OrderId, ShipmentId> firstOfOrder = new HashMap<>();
  private final Map<OrderId, List<ShipmentId>> laterOfOrder = new HashMap<>();

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
    saveAll(List.of(shipment));
  }

  /** Saves them in order under one hold of the lock, with one undo for them all. */
  @Override
  public void saveAll(Collection<Shipment> shipments) {
    Shipment[] saved = shipments.toArray(Shipment[]::new);
    for (Shipment shipment : saved) {
      Objects.requireNonNull(shipment, "shipment");
    }
    // The shipment each one replaced, to undo in reverse order: known once put.
    Shipment[] previous = new Shipment[saved.length];
    transactions.write(() -> {
      for (int i = 0; i < saved.length; i++) {
        previous[i] = this.shipments.put(saved[i].id(), saved[i]);
        if (previous[i] == null) {
          forEachOrder(saved[i], this::addToOrder);
        }
      }
      return null;
    }, () -> {
      for (int i = saved.length - 1; i >= 0; i--) {
        if (previous[i] == null) {
          this.shipments.remove(saved[i].id());
          forEachOrder(saved[i], this::removeFromOrder);
        } else {
          this.shipments.put(saved[i].id(), previous[i]);
        }
      }
    });
  }

  /** Calls {@code action} with each order of the shipment's lines and the shipment's id, at least once per order. */
  private static void forEachOrder(Shipment shipment, BiConsumer<OrderId, ShipmentId> action) {
    OrderId last = null;
    for (ShipmentLine line : shipment.lines()) {
      if (!line.order().equals(last)) {
        action.accept(line.order(), shipment.id());
      }
      last = line.order();
    }
  }

  /** Files the shipment under the order; again is harmless. */
  private void addToOrder(OrderId order, ShipmentId id) {
    ShipmentId first = firstOfOrder.putIfAbsent(order, id);
    if (first != null && !first.equals(id)) {
      List<ShipmentId> later = laterOfOrder.computeIfAbsent(order, o -> new ArrayList<>(1));
      if (!later.contains(id)) {
        later.add(id);
      }
    }
  }

  /** Takes the shipment from under the order; again is harmless. */
  private void removeFromOrder(OrderId order, ShipmentId id) {
    List<ShipmentId> later = laterOfOrder.get(order);
    boolean wasLater = later != null && later.remove(id);
    if (!wasLater && firstOfOrder.remove(order, id) && later != null) {
      firstOfOrder.put(order, later.remove(0));
    }
    if (later != null && later.isEmpty()) {
      laterOfOrder.remove(order);
    }
  }

  @Override
  public List<Shipment> ofOrder(OrderId order) {
    return transactions.read(() -> {
      ShipmentId first = firstOfOrder.get(order);
      if (first == null) {
        return List.of();
      }
      List<ShipmentId> ids = new ArrayList<>(laterOfOrder.getOrDefault(order, List.of()));
      ids.add(first);
      ids.sort(null);
      return ids.stream().map(shipments::get).toList();
    });
  }

  @Override
  public List<Shipment> inState(ShipmentState state) {
    return transactions.read(() -> shipments.values().stream().filter(s -> s.state() == state)
        .sorted(Comparator.comparing(Shipment::id)).toList());
  }
}
