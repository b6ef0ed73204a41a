package dev.o2o.core.memory;

import dev.o2o.core.model.FibonacciHashing;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The in-memory ledger's movements in order, indexed by id in an open-addressing table rather than a hash map: no
 * node per movement, and a look-up that misses (the usual case: a batch asks about ids it is about to record) mostly
 * reads the table alone. Not thread-safe; the ledger's lock guards it.
 *
 * <p>Each slot of the table is a long: the id's hash in the high half, the movement's place in the ledger plus one in
 * the low half; zero is an empty slot. Collisions probe the next slots (linear probing); a removal shifts back the
 * entries after it that can move closer to their home slot (backward-shift deletion), so no tombstones are needed and
 * removals in any order leave exactly the table of what remains.
 */
final class MovementLog {

  private static final int DEFAULT_SLOTS = 1 << 10;

  private Movement[] movements;
  private int size;
  private long[] slots;
  private int mask;
  private int shift;
  /**
   * The size at which the table doubles: three quarters full. A probe compares the stored hashes of neighbouring slots
   * (eight to a cache line) before reading any movement, so a fuller table costs little time and saves memory.
   */
  private int maxFill;

  MovementLog() {
    this(DEFAULT_SLOTS);
  }

  /** A log whose table starts with {@code slots} slots, a power of two of at least 2 (tests start small). */
  MovementLog(int slots) {
    FibonacciHashing.requireSlots(slots);
    this.movements = new Movement[Math.max(8, slots / 2)];
    resize(slots);
  }

  int size() {
    return size;
  }

  Movement get(int index) {
    return movements[index];
  }

  /** The movement with this id, or null. */
  Movement find(MovementId id) {
    int hash = id.hashCode();
    for (int slot = home(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return null;
      }
      if ((int) (entry >>> 32) == hash) {
        Movement movement = movements[(int) entry - 1];
        if (movement.id().equals(id)) {
          return movement;
        }
      }
    }
  }

  /**
   * The movements with these ids, null where there is none, in the order given. First every id's home slot is read,
   * in a loop whose reads do not wait for one another, so that their cache misses (each id lands anywhere in a large
   * table) overlap instead of following one another: an id whose home is empty is not here. Then the others are
   * probed in full, their slots now in cache.
   */
  Movement[] findAll(MovementId[] ids) {
    Movement[] found = new Movement[ids.length];
    boolean[] homeTaken = new boolean[ids.length];
    for (int i = 0; i < ids.length; i++) {
      homeTaken[i] = slots[home(ids[i].hashCode())] != 0;
    }
    for (int i = 0; i < ids.length; i++) {
      if (homeTaken[i]) {
        found[i] = find(ids[i]);
      }
    }
    return found;
  }

  /** Appends {@code movement} unless its id is already in the log; false (and nothing appended) if it is. */
  boolean append(Movement movement) {
    if (size >= maxFill) {
      resize(slots.length * 2);
    }
    MovementId id = movement.id();
    int hash = id.hashCode();
    int slot = home(hash);
    for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
      if ((int) (entry >>> 32) == hash && movements[(int) entry - 1].id().equals(id)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    if (size == movements.length) {
      movements = Arrays.copyOf(movements, size + (size >> 1));
    }
    movements[size] = movement;
    size++;
    slots[slot] = entry(hash, size);
    return true;
  }

  /** Removes the movements from {@code newSize} on: what a rolled-back transaction appended. */
  void truncate(int newSize) {
    if (newSize < 0 || newSize > size) {
      throw new IllegalArgumentException("cannot truncate a log of " + size + " movements to " + newSize);
    }
    for (int index = size - 1; index >= newSize; index--) {
      unindex(index);
      movements[index] = null;
    }
    size = newSize;
  }

  /** The movements, in order, as an immutable copy. */
  List<Movement> toList() {
    return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(movements, size)));
  }

  /** Removes the table's entry for the movement at {@code index}, shifting back the entries probed past it. */
  private void unindex(int index) {
    int hash = movements[index].id().hashCode();
    long wanted = entry(hash, index + 1);
    int gap = home(hash);
    while (slots[gap] != wanted) {
      if (slots[gap] == 0) {
        // Linear probing files an entry before the first empty slot after its home: it would have been found.
        throw new IllegalStateException("movement " + movements[index].id() + " at " + index
            + " is not in the log's index");
      }
      gap = (gap + 1) & mask;
    }
    // An entry after the gap, up to the next empty slot, moves into the gap if the gap lies on its probe path, that
    // is, between its home slot and where it sits; the place it leaves is the new gap.
    for (int slot = (gap + 1) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int itsHome = home((int) (slots[slot] >>> 32));
      if (FibonacciHashing.movesBack(slot, itsHome, gap, mask)) {
        slots[gap] = slots[slot];
        gap = slot;
      }
    }
    slots[gap] = 0;
  }

  private void resize(int newLength) {
    long[] old = slots;
    slots = new long[newLength];
    mask = newLength - 1;
    shift = FibonacciHashing.shiftFor(newLength);
    maxFill = (int) (newLength * 3L / 4);
    if (old == null) {
      return;
    }
    // The stored hashes place every entry again without reading a movement.
    for (long entry : old) {
      if (entry != 0) {
        int slot = home((int) (entry >>> 32));
        while (slots[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
      }
    }
  }

  private int home(int hash) {
    return FibonacciHashing.home(hash, shift);
  }

  private static long entry(int hash, int indexPlusOne) {
    return ((long) hash << 32) | (indexPlusOne & 0xFFFF_FFFFL);
  }
}
