package dev.o2o.core.stock;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The positions one batch of movements touches, each found once and sorted once: in key order (the order every writer
 * locks in), and for each movement of the batch the position it is booked on and, for a transfer, its destination's.
 * {@link StockRules} moves the figures held here, so that a movement costs no look-up by key. Not thread-safe: one
 * batch, one unit of work at a time; {@link #start} sets every position afresh, so a unit of work may be run again.
 */
final class BatchPositions {

  /** Bits per character of {@link #orderOf}, and how many characters it reads. */
  private static final int ORDER_BITS = 6;
  private static final int ORDER_CHARS = Long.SIZE / ORDER_BITS;

  /**
   * A position one booking of the batch names; the first slot of each position in key order stands for it, with the
   * position as it was locked and its figures as the rules move them.
   */
  static final class Slot {
    private final PositionKey key;
    /** {@link #orderOf} the key's SKU code: compared first, so that sorting seldom reads the codes themselves. */
    private final long order;
    /** Which booking of the batch found this slot: movement i's own position i, a transfer's destination size + i. */
    private final int booking;
    private StockPosition before;
    private StockFigures figures;

    private Slot(PositionKey key, int booking) {
      this.key = key;
      this.order = orderOf(key.sku().value());
      this.booking = booking;
    }

    StockFigures figures() {
      return figures;
    }

    void move(StockFigures moved) {
      figures = moved;
    }

    /** The position with the figures the rules came to; the locked one itself where they did not move. */
    private StockPosition after() {
      return figures == before.figures() ? before : before.withFigures(figures);
    }
  }

  /** The slots in key order. */
  private final Slot[] sorted;
  /** Per movement of the batch, in batch order: the slot of its position, and of its destination (null if none). */
  private final Slot[] source;
  private final Slot[] destination;
  private final ImmutableSortedSet<PositionKey> keys;

  private BatchPositions(Slot[] sorted, Slot[] source, Slot[] destination) {
    this.sorted = sorted;
    this.source = source;
    this.destination = destination;
    PositionKey[] inOrder = new PositionKey[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      inOrder[i] = sorted[i].key;
    }
    // Already sorted and distinct: Guava only checks that, one comparison per key.
    this.keys = ImmutableSortedSet.copyOf(inOrder);
  }

  /** The positions {@code batch} moves (transfers' destinations too). */
  static BatchPositions of(List<Movement> batch) {
    // A slot for every key a movement books (its own, and a transfer's destination, numbered after the batch), sorted;
    // the slots of one position then lie side by side, and the first of them stands for it. No key is hashed.
    int size = batch.size();
    List<Slot> booked = new ArrayList<>(size + 1);
    for (int i = 0; i < size; i++) {
      Movement movement = batch.get(i);
      booked.add(new Slot(movement.key(), i));
      if (movement.destination().isPresent()) {
        booked.add(new Slot(PositionKey.of(movement.sku(), movement.destination().get()), size + i));
      }
    }
    Slot[] inOrder = sort(booked.toArray(Slot[]::new));
    Slot[] source = new Slot[size];
    Slot[] destination = new Slot[size];
    int distinct = 0;
    for (Slot slot : inOrder) {
      if (distinct == 0 || !inOrder[distinct - 1].key.equals(slot.key)) {
        inOrder[distinct++] = slot;
      }
      Slot position = inOrder[distinct - 1];
      if (slot.booking < size) {
        source[slot.booking] = position;
      } else {
        destination[slot.booking - size] = position;
      }
    }
    return new BatchPositions(Arrays.copyOf(inOrder, distinct), source, destination);
  }

  /** The keys' natural order, {@link PositionKey#compareTo}; their {@link #orderOf} first. */
  private static int compare(Slot a, Slot b) {
    int byOrder = Long.compareUnsigned(a.order, b.order);
    return byOrder != 0 ? byOrder : a.key.compareTo(b.key);
  }

  /**
   * {@code slots} in key order. Sorted first as numbers, each its slot's {@link #orderOf} with the slot's index in
   * place of its lowest bits (as few as the index needs: nine for a batch of 300, leaving the SKU code's first nine
   * characters), which needs no comparator and reads no key; then each run of slots those bits do not tell apart (a
   * SKU's locations, codes alike at the start) is sorted by {@link #compare}.
   */
  private static Slot[] sort(Slot[] slots) {
    int indexBits = Math.max(1, Integer.SIZE - Integer.numberOfLeadingZeros(slots.length - 1));
    long indexMask = (1L << indexBits) - 1;
    long[] numbers = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      // The sign bit flipped, so that the signed sort orders the unsigned prefixes.
      numbers[i] = ((slots[i].order ^ Long.MIN_VALUE) & ~indexMask) | i;
    }
    Arrays.sort(numbers);
    Slot[] sorted = new Slot[slots.length];
    int start = 0;
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = slots[(int) (numbers[i] & indexMask)];
      if ((numbers[i] ^ numbers[start]) >>> indexBits != 0) {
        sortRun(sorted, start, i);
        start = i;
      }
    }
    sortRun(sorted, start, sorted.length);
    return sorted;
  }

  /** Sorts {@code sorted[from, to)}, slots whose prefixes tie, by {@link #compare}. */
  private static void sortRun(Slot[] sorted, int from, int to) {
    if (to - from > 1) {
      Arrays.sort(sorted, from, to, BatchPositions::compare);
    }
  }

  /**
   * The first ten characters of {@code code}, six bits each from the top, as an unsigned number that never orders two
   * codes against {@link String#compareTo}: if {@code orderOf(a) < orderOf(b)} then {@code a < b}; equal numbers say
   * nothing. A code that ends counts 0 from there (a prefix sorts first); '!' to ']' (digits, capitals, '-', '.', '/':
   * what codes are made of) count 2 to 62, each its own; a space or anything below counts 1, '^' or anything above
   * (small letters, characters past ASCII) 63, and as those stand for many characters, nothing after them counts.
   */
  static long orderOf(String code) {
    long order = 0;
    int length = Math.min(code.length(), ORDER_CHARS);
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      int value = c <= ' ' ? 1 : c >= '^' ? 63 : c - ' ' + 1;
      order |= (long) value << (Long.SIZE - ORDER_BITS * (i + 1));
      if (value == 1 || value == 63) {
        break;
      }
    }
    return order;
  }

  /** The keys, sorted. */
  ImmutableSortedSet<PositionKey> keys() {
    return keys;
  }

  /** The slot of the position the {@code index}-th movement of the batch is booked on. */
  Slot sourceOf(int index) {
    return source[index];
  }

  /** The slot of the {@code index}-th movement's destination; null unless it is a transfer dispatch. */
  Slot destinationOf(int index) {
    return destination[index];
  }

  /** Sets every position as {@code locked} holds it (an empty one where it holds none), before the rules move them. */
  void start(Map<PositionKey, StockPosition> locked) {
    // A ledger answers in key order, the slots' order: the two are walked side by side, each key checked, and a key
    // looked up only where they part.
    Iterator<StockPosition> inOrder = locked.values().iterator();
    boolean aligned = true;
    for (Slot slot : sorted) {
      StockPosition position = aligned && inOrder.hasNext() ? inOrder.next() : null;
      if (position == null || !position.key().equals(slot.key)) {
        aligned = false;
        position = locked.get(slot.key);
        if (position == null) {
          position = StockPosition.empty(slot.key);
        }
      }
      slot.before = position;
      slot.figures = position.figures();
    }
  }

  /** Every position after the rules moved them, in key order. */
  List<StockPosition> after() {
    StockPosition[] after = new StockPosition[sorted.length];
    for (int i = 0; i < after.length; i++) {
      after[i] = sorted[i].after();
    }
    return List.of(after);
  }

  /** {@link #after()} as a map by key. */
  SortedMap<PositionKey, StockPosition> afterByKey() {
    ImmutableSortedMap.Builder<PositionKey, StockPosition> after = ImmutableSortedMap.naturalOrder();
    for (Slot slot : sorted) {
      after.put(slot.key, slot.after());
    }
    return after.buildOrThrow();
  }
}
