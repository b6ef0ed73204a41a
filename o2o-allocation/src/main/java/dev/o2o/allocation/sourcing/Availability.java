package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.StockPosition;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run's working copy of the stock its sources may sell online: per SKU and source, the sellable-online figure
 * (available less safety stock, so that a store's floor is never promised), taken down as the run allocates. Read
 * once from {@link Inventory} at the start of a run; not thread-safe (one run owns it).
 */
public final class Availability {

  private static final int[] NOTHING = new int[0];

  private final List<Location> sources;
  /**
   * Per SKU, one row: what each source may sell (one entry per source, in order), then, summed over the sources,
   * availableBeforeAllocation, available at the start and the units taken since.
   */
  private final Map<SkuCode, int[]> rows = new HashMap<>();
  private final int before;
  private final int atStart;
  private final int taken;

  private Availability(List<Location> sources) {
    this.sources = List.copyOf(sources);
    this.before = sources.size();
    this.atStart = before + 1;
    this.taken = before + 2;
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
    return of(sources, skus.isEmpty() ? List.of() : inventory.stockOfSkus(skus).positions());
  }

  /** Availability made from positions directly, for tests and simulations: {@code positions} at the given sources. */
  public static Availability of(List<Location> sources, List<StockPosition> positions) {
    Availability availability = new Availability(sources);
    Map<LocationId, Integer> index = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      index.put(sources.get(i).id(), i);
    }
    for (StockPosition position : positions) {
      Integer source = index.get(position.location());
      if (source != null) {
        availability.put(position, source);
      }
    }
    return availability;
  }

  private void put(StockPosition position, int source) {
    int[] row = rows.computeIfAbsent(position.sku(), s -> new int[sources.size() + 3]);
    row[source] = position.sellableOnline();
    row[before] += position.availableBeforeAllocation();
    row[atStart] += position.available();
  }

  /** The sources, best configured rank first; a source's index is its place here. */
  public List<Location> sources() {
    return sources;
  }

  /** What source {@code index} may still sell of {@code sku}. */
  public int sellable(SkuCode sku, int index) {
    int[] row = rows.get(sku);
    return row == null ? 0 : row[index];
  }

  /**
   * The figures of a SKU, starting with what each source may sell (indexed by source); an empty array for a SKU no
   * source holds. Do not change it.
   */
  int[] row(SkuCode sku) {
    return rows.getOrDefault(sku, NOTHING);
  }

  /** Takes {@code quantity} of {@code sku} at source {@code index}; refuses more than is sellable there. */
  public void take(SkuCode sku, int index, int quantity) {
    int[] row = rows.get(sku);
    if (row == null || row[index] < quantity) {
      throw new IllegalArgumentException("cannot take " + quantity + " x " + sku + " at " + sources.get(index).id()
          + ": " + (row == null ? 0 : row[index]) + " sellable");
    }
    row[index] -= quantity;
    row[taken] += quantity;
  }

  /** Gives back what {@link #take} took, when a commit did not happen. */
  public void giveBack(SkuCode sku, int index, int quantity) {
    int[] row = Objects.requireNonNull(rows.get(sku), () -> "nothing was taken of " + sku);
    row[index] += quantity;
    row[taken] -= quantity;
  }

  /** availableBeforeAllocation summed over the sources, as read at the start. */
  public int availableBeforeAllocation(SkuCode sku) {
    int[] row = rows.get(sku);
    return row == null ? 0 : row[before];
  }

  /** available (after allocation) summed over the sources, as read at the start. */
  public int availableAtStart(SkuCode sku) {
    int[] row = rows.get(sku);
    return row == null ? 0 : row[atStart];
  }

  /** available summed over the sources, less what this run took. */
  public int availableNow(SkuCode sku) {
    int[] row = rows.get(sku);
    return row == null ? 0 : row[atStart] - row[taken];
  }
}
