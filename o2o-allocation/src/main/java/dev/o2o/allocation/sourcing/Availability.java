package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.FibonacciHashing;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A run's working copy of the stock its sources may sell online: per SKU and source, the sellable-online figure
 * (available less safety stock, so that a store's floor is never promised), taken down as the run allocates. Read
 * once from {@link Inventory} at the start of a run; not thread-safe (one run owns it).
 */
public final class Availability {

  private final List<Location> sources;
  /** Whether {@link #sources} are listed by configured rank and then location id, as a directory lists them. */
  private final boolean inRankOrder;
  /**
   * Per SKU, one row in {@link #figures}: the SKU's hash, what each source may sell (one entry per source, in order),
   * then, summed over the sources, availableBeforeAllocation, available at the start and the units taken since.
   */
  private final int width;
  private final int before;
  private final int atStart;
  private final int taken;
  /**
   * An open-addressing table (linear probing) of SKUs, and beside it their rows, a row per slot: a look-up reads the
   * SKU's slot and its row, where a map would read its table, a node and then the row.
   */
  private SkuCode[] skus = new SkuCode[16];
  private int[] figures;
  private int size;
  private int shift = FibonacciHashing.shiftFor(skus.length);

  private Availability(List<Location> sources) {
    this.sources = List.copyOf(sources);
    this.inRankOrder = IntStream.range(1, sources.size())
        .allMatch(i -> Location.SOURCING_ORDER.compare(sources.get(i - 1), sources.get(i)) < 0);
    this.before = 1 + sources.size();
    this.atStart = before + 1;
    this.taken = before + 2;
    this.width = before + 3;
    this.figures = new int[skus.length * width];
  }

  /** What {@code sources} (best rank first) may sell online now. */
  public static Availability of(Inventory inventory, List<Location> sources) {
    Availability availability = new Availability(sources);
    for (int i = 0; i < sources.size(); i++) {
      for (StockPosition position : inventory.stockAt(sources.get(i).id()).positions()) {
        availability.put(position, i);
      }
    }
    return availability;
  }

  /** What {@code sources} (best rank first) may sell online now of {@code skus}: a run reads only what it needs. */
  public static Availability of(Inventory inventory, List<Location> sources, Collection<SkuCode> skus) {
    Asked asked = asking(sources);
    skus.forEach(asked::ask);
    return asked.read(inventory);
  }

  /** Availability made from positions directly, for tests and simulations: {@code positions} at the given sources. */
  public static Availability of(List<Location> sources, List<StockPosition> positions) {
    Availability availability = new Availability(sources);
    availability.putAll(positions);
    return availability;
  }

  /**
   * Starts collecting the SKUs a run will ask about, one order line at a time, to read what {@code sources} (best rank
   * first) may sell of them all at once.
   */
  public static Asked asking(List<Location> sources) {
    return new Asked(new Availability(sources));
  }

  /**
   * The SKUs a run will ask about, collected as its lines are read (each kept once, in the table it will read them
   * into), then read from the inventory in one question. Not thread-safe.
   */
  public static final class Asked {
    private final Availability availability;
    private final List<SkuCode> skus = new ArrayList<>();
    private boolean read;

    private Asked(Availability availability) {
      this.availability = availability;
    }

    /** Adds {@code sku}; again is harmless. */
    public void ask(SkuCode sku) {
      requireUnread();
      if (availability.rowOf(sku) < 0) {
        availability.add(sku);
        skus.add(sku);
      }
    }

    /** Reads what the sources may sell of every SKU asked: nothing for a SKU they do not hold. Once only. */
    public Availability read(Inventory inventory) {
      requireUnread();
      read = true;
      if (!skus.isEmpty()) {
        availability.putAll(inventory.stockOfSkus(skus).positions());
      }
      return availability;
    }

    private void requireUnread() {
      if (read) {
        throw new IllegalStateException("these SKUs were read already; ask about more in a new Asked");
      }
    }
  }

  /** Puts the positions that are at the sources. */
  private void putAll(List<StockPosition> positions) {
    Map<LocationId, Integer> index = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      index.put(sources.get(i).id(), i);
    }
    for (StockPosition position : positions) {
      Integer source = index.get(position.location());
      if (source != null) {
        put(position, source);
      }
    }
  }

  private void put(StockPosition position, int source) {
    int row = rowOf(position.sku());
    if (row < 0) {
      row = add(position.sku());
    }
    figures[row + 1 + source] = position.sellableOnline();
    figures[row + before] += position.availableBeforeAllocation();
    figures[row + atStart] += position.available();
  }

  /**
   * Where the row of {@code sku} starts in {@link #figures}, or -1 when it has none (neither asked about nor held by a
   * source). The row's first entry is the SKU's hash, then what each source may sell: source {@code i} at
   * {@code row + 1 + i}.
   */
  int rowOf(SkuCode sku) {
    int hash = sku.value().hashCode();
    int mask = skus.length - 1;
    for (int slot = FibonacciHashing.home(hash, shift); ; slot = (slot + 1) & mask) {
      SkuCode held = skus[slot];
      if (held == null) {
        return -1;
      }
      int row = slot * width;
      if (held == sku || figures[row] == hash && held.equals(sku)) {
        return row;
      }
    }
  }

  /** Adds an empty row for {@code sku}, which has none; returns where it starts. */
  private int add(SkuCode sku) {
    if (2 * (size + 1) > skus.length) {
      grow();
    }
    int hash = sku.value().hashCode();
    int mask = skus.length - 1;
    int slot = FibonacciHashing.home(hash, shift);
    while (skus[slot] != null) {
      slot = (slot + 1) & mask;
    }
    skus[slot] = sku;
    figures[slot * width] = hash;
    size++;
    return slot * width;
  }

  /** Doubles the table, moving every row to its SKU's slot in the new one. */
  private void grow() {
    SkuCode[] oldSkus = skus;
    int[] oldFigures = figures;
    skus = new SkuCode[oldSkus.length * 2];
    figures = new int[skus.length * width];
    shift = FibonacciHashing.shiftFor(skus.length);
    size = 0;
    for (int slot = 0; slot < oldSkus.length; slot++) {
      if (oldSkus[slot] != null) {
        System.arraycopy(oldFigures, slot * width, figures, add(oldSkus[slot]), width);
      }
    }
  }

  /** The figures the rows of {@link #rowOf} point into. Do not change them. */
  int[] figures() {
    return figures;
  }

  /** Every SKU it has figures for, those asked about and those its sources hold, in code order. */
  public List<SkuCode> skus() {
    List<SkuCode> held = new ArrayList<>(size);
    for (SkuCode sku : skus) {
      if (sku != null) {
        held.add(sku);
      }
    }
    held.sort(null);
    return held;
  }

  /** Whether the sources are listed by configured rank and then location id, each once. */
  boolean inRankOrder() {
    return inRankOrder;
  }

  /** The sources, best configured rank first; a source's index is its place here. */
  public List<Location> sources() {
    return sources;
  }

  /** What source {@code index} may still sell of {@code sku}. */
  public int sellable(SkuCode sku, int index) {
    Objects.checkIndex(index, sources.size());
    int row = rowOf(sku);
    return row < 0 ? 0 : figures[row + 1 + index];
  }

  /** Takes {@code quantity} of {@code sku} at source {@code index}; refuses more than is sellable there. */
  public void take(SkuCode sku, int index, int quantity) {
    int row = rowOf(sku);
    int sellable = row < 0 ? 0 : figures[row + 1 + Objects.checkIndex(index, sources.size())];
    if (row < 0 || sellable < quantity) {
      throw new IllegalArgumentException("cannot take " + quantity + " x " + sku + " at " + sources.get(index).id()
          + ": " + sellable + " sellable");
    }
    figures[row + 1 + index] -= quantity;
    figures[row + taken] += quantity;
  }

  /** Gives back what {@link #take} took, when a commit did not happen. */
  public void giveBack(SkuCode sku, int index, int quantity) {
    int row = rowOf(sku);
    if (row < 0) {
      throw new IllegalArgumentException("nothing was taken of " + sku);
    }
    figures[row + 1 + Objects.checkIndex(index, sources.size())] += quantity;
    figures[row + taken] -= quantity;
  }

  /** availableBeforeAllocation summed over the sources, as read at the start. */
  public int availableBeforeAllocation(SkuCode sku) {
    int row = rowOf(sku);
    return row < 0 ? 0 : figures[row + before];
  }

  /** available (after allocation) summed over the sources, as read at the start. */
  public int availableAtStart(SkuCode sku) {
    int row = rowOf(sku);
    return row < 0 ? 0 : figures[row + atStart];
  }

  /** available summed over the sources, less what this run took. */
  public int availableNow(SkuCode sku) {
    int row = rowOf(sku);
    return row < 0 ? 0 : figures[row + atStart] - figures[row + taken];
  }
}
