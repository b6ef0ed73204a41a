package dev.o2o.core.memory;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Ordering;
import dev.o2o.core.memory.PositionTable.Slot;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * The stock ledger and positions in memory. Each position lives in a slot of a {@link PositionTable} that holds its
 * figures, updated in place by a write; the slots are found by key there, for the point look-ups every movement
 * makes, and listed per SKU in location order, for the queries by SKU (an allocation run reads every SKU it is asked
 * for), which so need no look-up per position. A look-up answers with a position made afresh from its slot. The other
 * listings sort what they find.
 */
public final class InMemoryStockLedger implements StockLedger {

  private final InMemoryTransactions transactions;
  /** The movements in order, indexed by id. */
  private final MovementLog ledger = new MovementLog();
  private final PositionTable byKey = new PositionTable();
  /** Per SKU, the slots of its positions, sorted by location; a slot is added when its position is first written. */
  private final Map<SkuCode, List<Slot>> slotsOfSku = new HashMap<>();

  public InMemoryStockLedger(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public SortedMap<PositionKey, StockPosition> lockPositions(SortedSet<PositionKey> keys) {
    // The transaction's lock already excludes every other writer.
    return transactions.read(() -> positionsOf(keys));
  }

  @Override
  public Map<MovementId, Movement> findMovements(Set<MovementId> ids) {
    return transactions.read(() -> movementsAmong(ids));
  }

  /** Both look-ups under one hold of the lock (taken again, cheaply, inside the transaction that already holds it). */
  @Override
  public LockedBatch lockBatch(SortedSet<PositionKey> keys, Set<MovementId> ids) {
    return transactions.read(() -> new LockedBatch(positionsOf(keys), movementsAmong(ids)));
  }

  /**
   * Keys in their natural order are copied in that order, not sorted again; keys in another order are sorted. The
   * slots are found for all the keys first ({@link PositionTable#findAll}), then the answer is made.
   */
  private SortedMap<PositionKey, StockPosition> positionsOf(SortedSet<PositionKey> keys) {
    PositionKey[] asked = keys.toArray(PositionKey[]::new);
    Slot[] slots = byKey.findAll(asked);
    if (keys.comparator() == null || keys.comparator().equals(Ordering.natural())) {
      // Guava asks for the keys in the set's order, the order of asked; a key asked otherwise is looked up again.
      int[] next = {0};
      return ImmutableSortedMap.copyOfSorted(Maps.asMap(keys, key -> {
        int at = next[0]++;
        return positionOrEmpty(at < asked.length && asked[at] == key ? slots[at] : byKey.find(key), key);
      }));
    }
    ImmutableSortedMap.Builder<PositionKey, StockPosition> found = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < asked.length; i++) {
      found.put(asked[i], positionOrEmpty(slots[i], asked[i]));
    }
    return found.buildOrThrow();
  }

  /** The position of {@code key} as {@code slot} holds it; an empty one where there is no slot. */
  private static StockPosition positionOrEmpty(Slot slot, PositionKey key) {
    return slot != null ? slot.position(key) : StockPosition.empty(key);
  }

  /** The recorded movements among {@code ids}; an empty map, not a new one, when none is (a batch's usual case). */
  private Map<MovementId, Movement> movementsAmong(Set<MovementId> ids) {
    MovementId[] asked = ids.toArray(MovementId[]::new);
    Movement[] movements = ledger.findAll(asked);
    Map<MovementId, Movement> found = null;
    for (int i = 0; i < asked.length; i++) {
      if (movements[i] != null) {
        if (found == null) {
          found = new HashMap<>();
        }
        found.put(asked[i], movements[i]);
      }
    }
    return found == null ? Map.of() : found;
  }

  @Override
  public void record(List<Movement> movements, Collection<StockPosition> changed) {
    List<Movement> appended = List.copyOf(movements);
    List<StockPosition> written = List.copyOf(changed);
    // Per write, in order, its slot, whether it made that slot, and else the figures it replaced: undone in reverse
    // order.
    Slot[] slots = new Slot[written.size()];
    boolean[] added = new boolean[written.size()];
    int[] replaced = new int[written.size() * Slot.FIGURES];
    transactions.write(() -> {
      int from = ledger.size();
      for (Movement movement : appended) {
        if (!ledger.append(movement)) {
          ledger.truncate(from);
          throw new IllegalStateException("movement id " + movement.id() + " is already in the ledger");
        }
      }
      for (int i = 0; i < added.length; i++) {
        StockPosition position = written.get(i);
        Slot slot = byKey.find(position.key());
        if (slot == null) {
          slot = addSlot(position.key());
          added[i] = true;
        } else {
          slot.saveTo(replaced, i * Slot.FIGURES);
        }
        slot.write(position);
        slots[i] = slot;
      }
      return null;
    }, () -> {
      // Undone in reverse order of writing: the movements this write appended are the log's last ones.
      ledger.truncate(ledger.size() - appended.size());
      for (int i = added.length - 1; i >= 0; i--) {
        if (added[i]) {
          PositionKey key = written.get(i).key();
          slotsOfSku.get(key.sku()).remove(slots[i]);
          byKey.remove(key);
        } else {
          slots[i].restoreFrom(replaced, i * Slot.FIGURES);
        }
      }
    });
  }

  /** Files a new slot for {@code key} by the key and under its SKU, in location order. */
  private Slot addSlot(PositionKey key) {
    Slot slot = byKey.add(key);
    List<Slot> slots = slotsOfSku.computeIfAbsent(key.sku(), sku -> new ArrayList<>(4));
    int at = 0;
    while (at < slots.size() && slots.get(at).key.location().compareTo(key.location()) < 0) {
      at++;
    }
    slots.add(at, slot);
    return slot;
  }

  @Override
  public Optional<StockPosition> position(PositionKey key) {
    return transactions.read(() -> Optional.ofNullable(byKey.find(key)).map(slot -> slot.position(key)));
  }

  @Override
  public List<StockPosition> positionsOfSkus(Collection<SkuCode> skus) {
    SkuCode[] wanted = new HashSet<>(skus).toArray(SkuCode[]::new);
    Arrays.sort(wanted);
    return transactions.read(() -> {
      List<StockPosition> found = new ArrayList<>();
      for (SkuCode sku : wanted) {
        for (Slot slot : slotsOfSku.getOrDefault(sku, List.of())) {
          found.add(slot.position());
        }
      }
      return List.copyOf(found);
    });
  }

  @Override
  public List<StockPosition> positionsAt(LocationId location) {
    return sorted(transactions.read(() -> {
      List<StockPosition> found = new ArrayList<>();
      byKey.forEach(slot -> {
        if (slot.key.location().equals(location)) {
          found.add(slot.position());
        }
      });
      return found;
    }));
  }

  @Override
  public List<StockPosition> allPositions() {
    return sorted(transactions.read(() -> {
      List<StockPosition> found = new ArrayList<>();
      byKey.forEach(slot -> found.add(slot.position()));
      return found;
    }));
  }

  /** The positions by key (SKU, then location), the order every listing query answers in. */
  private static List<StockPosition> sorted(List<StockPosition> found) {
    StockPosition[] array = found.toArray(StockPosition[]::new);
    Arrays.sort(array, Comparator.comparing(StockPosition::key));
    return List.of(array);
  }

  @Override
  public List<Movement> movementsOf(SkuCode sku) {
    return transactions.read(() -> {
      List<Movement> found = new ArrayList<>();
      for (int i = 0; i < ledger.size(); i++) {
        Movement movement = ledger.get(i);
        if (movement.sku().equals(sku)) {
          found.add(movement);
        }
      }
      return List.copyOf(found);
    });
  }

  @Override
  public void forEachMovement(Consumer<Movement> action) {
    transactions.read(ledger::toList).forEach(action);
  }
}
