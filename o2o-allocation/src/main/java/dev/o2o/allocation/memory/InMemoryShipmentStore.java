package dev.o2o.allocation.memory;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.order.OrderId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** The shipments in memory. */
public final class InMemoryShipmentStore implements ShipmentStore {

  private final InMemoryTransactions transactions;
  private final AtomicLong sequence = new AtomicLong();
  /** The shipments whose ids are of the sequence ({@link ShipmentId#ofSequence}), by number. */
  private final ByNumber numbered = new ByNumber();
  /** The shipments with other ids. */
  private final Map<ShipmentId, Shipment> others = new HashMap<>();
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
    return transactions.read(() -> Optional.ofNullable(get(id)));
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
        previous[i] = put(saved[i].id(), saved[i]);
        if (previous[i] == null) {
          forEachOrder(saved[i], this::addToOrder);
        }
      }
      return null;
    }, () -> {
      for (int i = saved.length - 1; i >= 0; i--) {
        if (previous[i] == null) {
          put(saved[i].id(), null);
          forEachOrder(saved[i], this::removeFromOrder);
        } else {
          put(saved[i].id(), previous[i]);
        }
      }
    });
  }

  /** Calls {@code action} with each order of the shipment's lines and the shipment's id, at least once per order. */
  private static void forEachOrder(Shipment shipment, BiConsumer<OrderId, ShipmentId> action) {
    OrderId last = null;
    List<ShipmentLine> lines = shipment.lines();
    for (int i = 0; i < lines.size(); i++) {
      ShipmentLine line = lines.get(i);
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
      return ids.stream().map(this::get).toList();
    });
  }

  @Override
  public List<Shipment> inState(ShipmentState state) {
    return transactions.read(() -> Stream.concat(numbered.values(), others.values().stream())
        .filter(s -> s.state() == state).sorted(Comparator.comparing(Shipment::id)).toList());
  }

  private Shipment get(ShipmentId id) {
    long number = id.sequenceNumber();
    return ByNumber.holds(number) ? numbered.get((int) number) : others.get(id);
  }

  /** Files {@code shipment} under {@code id}, or removes what is there when it is null; returns what was there. */
  private Shipment put(ShipmentId id, Shipment shipment) {
    long number = id.sequenceNumber();
    if (ByNumber.holds(number)) {
      return numbered.set((int) number, shipment);
    }
    return shipment == null ? others.remove(id) : others.put(id, shipment);
  }

  /**
   * Shipments by sequence number, in blocks of {@value #BLOCK}: a run saves a shipment for nearly every order, and an
   * array indexed by number files each without hashing its id, and grows without rehashing what it holds.
   */
  private static final class ByNumber {
    private static final int BLOCK_BITS = 12;
    private static final int BLOCK = 1 << BLOCK_BITS;
    /** The largest number filed here; ids of larger numbers go with the others, so blocks stay few. */
    private static final long LARGEST = 1L << 30;

    private Shipment[][] blocks = new Shipment[16][];

    /** Whether a shipment of sequence number {@code number} (0 for none) is filed here. */
    static boolean holds(long number) {
      return number >= 1 && number <= LARGEST;
    }

    Shipment get(int number) {
      int block = (number - 1) >>> BLOCK_BITS;
      Shipment[] shipments = block < blocks.length ? blocks[block] : null;
      return shipments == null ? null : shipments[(number - 1) & (BLOCK - 1)];
    }

    Shipment set(int number, Shipment shipment) {
      int block = (number - 1) >>> BLOCK_BITS;
      if (block >= blocks.length) {
        if (shipment == null) {
          return null;
        }
        blocks = Arrays.copyOf(blocks, Math.max(block + 1, blocks.length * 2));
      }
      if (blocks[block] == null) {
        if (shipment == null) {
          return null;
        }
        blocks[block] = new Shipment[BLOCK];
      }
      Shipment previous = blocks[block][(number - 1) & (BLOCK - 1)];
      blocks[block][(number - 1) & (BLOCK - 1)] = shipment;
      return previous;
    }

    Stream<Shipment> values() {
      return Arrays.stream(blocks).filter(Objects::nonNull).flatMap(Arrays::stream).filter(Objects::nonNull);
    }
  }
}
