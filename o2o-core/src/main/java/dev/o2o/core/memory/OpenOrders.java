package dev.o2o.core.memory;

import dev.o2o.core.order.Order;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The in-memory order store's orders with an open line, in allocation order (priority first, then oldest, then by id),
 * without a tree: an order closed by an allocation is struck off in one step, not looked up among a million others.
 * Not thread-safe; the store's transaction lock guards it.
 *
 * <p>Each order saved open is listed under a number, which its {@link Slot} keeps; an order that closes, or whose
 * place in the order changes (its priority), no longer matches its old listing, which is left where it is and skipped
 * from then on. Orders are mostly taken oldest first, so a listing usually goes at the end of the sorted run; one that
 * does not goes into a second run, sorted and merged in when the list is read. Reading also drops the stale listings,
 * and so does listing an order once stale listings outnumber live ones (plus a margin), so they never pile up.
 */
final class OpenOrders {

  private static final Comparator<Slot> SLOTS_FOR_ALLOCATION =
      (a, b) -> Order.FOR_ALLOCATION.compare(a.order, b.order);
  private static final int DEFAULT_MARGIN = 1024;

  /** Where the store keeps an order: the order as saved, and the number it is listed under here (0 if it is not). */
  static final class Slot {
    Order order;
    int listing;

    Slot(Order order) {
      this.order = order;
    }
  }

  /** Listings in allocation order of their orders when listed; stale ones are anywhere. */
  private final Run sorted = new Run();
  /** Listings that came out of order, in the order they came. */
  private final Run late = new Run();
  /** Listing an order drops the stale listings once all of them number more than twice the live ones plus this. */
  private final int margin;
  private int live;
  private int nextListing = 1;
  /** The order last appended to {@link #sorted}, as it was then, or null. */
  private Order last;

  OpenOrders() {
    this(DEFAULT_MARGIN);
  }

  /** Drops stale listings once listings number more than twice the live ones plus {@code margin} (tests: small). */
  OpenOrders(int margin) {
    this.margin = margin;
  }

  /**
   * Keeps the list in step with {@code slot}, whose order has just changed from {@code previous} (null when it was
   * new) to {@code slot.order} (null when it is gone).
   */
  void changed(Slot slot, Order previous) {
    Order now = slot.order;
    if (now == null || !now.hasOpenLines()) {
      if (slot.listing != 0) {
        slot.listing = 0;
        live--;
      }
      return;
    }
    if (slot.listing != 0 && sameSortKey(previous, now)) {
      return;
    }
    if (slot.listing == 0) {
      live++;
    }
    slot.listing = nextListing++;
    if (last == null || Order.FOR_ALLOCATION.compare(last, now) <= 0) {
      sorted.add(slot);
      last = now;
    } else {
      late.add(slot);
    }
    if (sorted.size + late.size > 2 * live + margin) {
      merge();
    }
  }

  /** The listed orders, in allocation order, as an immutable list. */
  List<Order> orders() {
    if (late.size > 0 || sorted.size > live) {
      merge();
    }
    Order[] open = new Order[sorted.size];
    for (int i = 0; i < open.length; i++) {
      open[i] = sorted.slots[i].order;
    }
    return Collections.unmodifiableList(Arrays.asList(open));
  }

  /** How many listings are kept, stale ones included (for tests). */
  int listings() {
    return sorted.size + late.size;
  }

  /** Merges the live listings of both runs into one sorted run, and renumbers them so that numbers never run out. */
  private void merge() {
    Slot[] early = sorted.live();
    Slot[] came = late.live();
    Arrays.sort(came, SLOTS_FOR_ALLOCATION);
    sorted.clear(early.length + came.length);
    late.clear(0);
    nextListing = 1;
    int e = 0;
    int c = 0;
    while (e < early.length || c < came.length) {
      boolean fromEarly = c == came.length
          || (e < early.length && SLOTS_FOR_ALLOCATION.compare(early[e], came[c]) <= 0);
      Slot next = fromEarly ? early[e++] : came[c++];
      next.listing = nextListing++;
      sorted.add(next);
    }
    last = sorted.size == 0 ? null : sorted.slots[sorted.size - 1].order;
  }

  private static boolean sameSortKey(Order a, Order b) {
    return a != null && a.priority() == b.priority()
        && (a.orderedAt() == b.orderedAt() || a.orderedAt().equals(b.orderedAt()));
  }

  /** Listings side by side: a slot and the number it was listed under. */
  private static final class Run {
    Slot[] slots = new Slot[16];
    int[] listings = new int[16];
    int size;

    void add(Slot slot) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
        listings = Arrays.copyOf(listings, size * 2);
      }
      slots[size] = slot;
      listings[size] = slot.listing;
      size++;
    }

    /** The slots still listed under the number they were listed under here, in run order. */
    Slot[] live() {
      Slot[] live = new Slot[size];
      int count = 0;
      for (int i = 0; i < size; i++) {
        if (slots[i].listing == listings[i]) {
          live[count++] = slots[i];
        }
      }
      return Arrays.copyOf(live, count);
    }

    void clear(int capacity) {
      slots = new Slot[Math.max(16, capacity)];
      listings = new int[slots.length];
      size = 0;
    }
  }
}
