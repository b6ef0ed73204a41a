package dev.o2o.core.memory;

import dev.o2o.core.model.FibonacciHashing;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The in-memory ledger's positions, one {@link Slot} per position ever written, found by key in an open-addressing
 * table of slots. A slot holds its position's figures and the parts of its key, so that a look-up reads the table and
 * the slot and nothing else: no map node, no stored key, no position and figures objects, each of which costs a
 * cache miss among hundreds of thousands of positions. Not thread-safe; the ledger's lock guards it.
 *
 * <p>Collisions probe the next slots (linear probing); a removal shifts back the slots after it that can move closer
 * to their home (backward-shift deletion), as in {@link MovementLog}; both place hashes by {@link FibonacciHashing}.
 */
final class PositionTable {

  /** One position: its key, and its figures, changed in place by each write and its undo. */
  static final class Slot {
    /** How many ints {@link #saveTo} saves. */
    static final int FIGURES = 6;

    final PositionKey key;
    private final int hash;
    private final SkuCode sku;
    private final LocationId location;
    private int onHand;
    private int allocated;
    private int offlineScheduled;
    private int pickupReserved;
    private int inTransit;
    private int safetyStock;

    private Slot(PositionKey key) {
      this.key = key;
      this.hash = key.hashCode();
      this.sku = key.sku();
      this.location = key.location();
    }

    /** Whether this is the slot of {@code key}, whose hash is {@code keyHash}; read from this slot alone. */
    private boolean holds(PositionKey key, int keyHash) {
      if (hash != keyHash) {
        return false;
      }
      SkuCode otherSku = key.sku();
      LocationId otherLocation = key.location();
      return (sku == otherSku || sku.equals(otherSku)) && (location == otherLocation || location.equals(otherLocation));
    }

    /** The position as it stands, under {@code key}: this slot's own key, or one equal to it. */
    StockPosition position(PositionKey key) {
      return new StockPosition(key, new StockFigures(onHand, allocated, offlineScheduled, pickupReserved, inTransit),
          safetyStock);
    }

    /** The position as it stands. */
    StockPosition position() {
      return position(key);
    }

    /** The figures and safety stock, into {@code into} from {@code at} on: {@link #FIGURES} ints. */
    void saveTo(int[] into, int at) {
      into[at] = onHand;
      into[at + 1] = allocated;
      into[at + 2] = offlineScheduled;
      into[at + 3] = pickupReserved;
      into[at + 4] = inTransit;
      into[at + 5] = safetyStock;
    }

    /** Sets the figures and safety stock back to what {@link #saveTo} saved in {@code from} at {@code at}. */
    void restoreFrom(int[] from, int at) {
      onHand = from[at];
      allocated = from[at + 1];
      offlineScheduled = from[at + 2];
      pickupReserved = from[at + 3];
      inTransit = from[at + 4];
      safetyStock = from[at + 5];
    }

    /** Sets the figures and safety stock to {@code position}'s. */
    void write(StockPosition position) {
      StockFigures figures = position.figures();
      onHand = figures.onHand();
      allocated = figures.allocated();
      offlineScheduled = figures.offlineScheduled();
      pickupReserved = figures.pickupReserved();
      inTransit = figures.inTransit();
      safetyStock = position.safetyStock();
    }
  }

  private static final int DEFAULT_SLOTS = 1 << 10;

  private Slot[] table;
  private int size;
  private int shift;

  PositionTable() {
    this(DEFAULT_SLOTS);
  }

  /** A table that starts with {@code slots} slots, a power of two of at least 2 (tests start small). */
  PositionTable(int slots) {
    FibonacciHashing.requireSlots(slots);
    table = new Slot[slots];
    shift = FibonacciHashing.shiftFor(slots);
  }

  /** How many positions the table holds. */
  int size() {
    return size;
  }

  /** The slot of {@code key}, or null. */
  Slot find(PositionKey key) {
    int hash = key.hashCode();
    int mask = table.length - 1;
    for (int at = home(hash); ; at = (at + 1) & mask) {
      Slot slot = table[at];
      if (slot == null || slot.holds(key, hash)) {
        return slot;
      }
    }
  }

  /**
   * The slots of these keys, null where there is none, in the order given. First every key's home slot is read, in a
   * loop whose reads do not wait for one another, so that the cache misses of a batch's look-ups overlap instead of
   * following one another: most keys are found there, or not here at all (an empty home). Then the others are
   * probed in full.
   */
  Slot[] findAll(PositionKey[] keys) {
    Slot[] found = new Slot[keys.length];
    boolean[] probe = new boolean[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int hash = keys[i].hashCode();
      Slot home = table[home(hash)];
      if (home != null) {
        if (home.holds(keys[i], hash)) {
          found[i] = home;
        } else {
          probe[i] = true;
        }
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (probe[i]) {
        found[i] = find(keys[i]);
      }
    }
    return found;
  }

  /** A new, empty slot for {@code key}, which has none. */
  Slot add(PositionKey key) {
    if (size >= table.length * 3 / 4) {
      resize(table.length * 2);
    }
    Slot slot = new Slot(key);
    place(table, slot);
    size++;
    return slot;
  }

  /** Removes {@code key}'s slot (the undo of {@link #add}); shifts back the slots probed past it. */
  void remove(PositionKey key) {
    int hash = key.hashCode();
    int mask = table.length - 1;
    int gap = home(hash);
    while (!table[gap].holds(key, hash)) {
      gap = (gap + 1) & mask;
    }
    for (int at = (gap + 1) & mask; table[at] != null; at = (at + 1) & mask) {
      int itsHome = home(table[at].hash);
      if (FibonacciHashing.movesBack(at, itsHome, gap, mask)) {
        table[gap] = table[at];
        gap = at;
      }
    }
    table[gap] = null;
    size--;
  }

  /** Every slot, in no particular order. */
  void forEach(Consumer<Slot> action) {
    for (Slot slot : table) {
      if (slot != null) {
        action.accept(slot);
      }
    }
  }

  private void resize(int length) {
    Slot[] old = table;
    table = new Slot[length];
    shift = FibonacciHashing.shiftFor(length);
    Arrays.stream(old).filter(slot -> slot != null).forEach(slot -> place(table, slot));
  }

  private void place(Slot[] into, Slot slot) {
    int mask = into.length - 1;
    int at = home(slot.hash);
    while (into[at] != null) {
      at = (at + 1) & mask;
    }
    into[at] = slot;
  }

  private int home(int hash) {
    return FibonacciHashing.home(hash, shift);
  }
}
