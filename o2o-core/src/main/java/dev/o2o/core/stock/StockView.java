package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Integrated stock: a set of positions (of one SKU, one style or one location) with their totals per location, per
 * SKU and overall, before and after allocation.
 */
public record StockView(List<StockPosition> positions) {

  /** Copies the positions, sorted by key (ledgers list them sorted already: then they are only checked). */
  public StockView {
    StockPosition[] sorted = positions.toArray(StockPosition[]::new);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i - 1].key().compareTo(sorted[i].key()) > 0) {
        Arrays.sort(sorted, Comparator.comparing(StockPosition::key));
        break;
      }
    }
    positions = List.of(sorted);
  }

  /** The sum of every position. */
  public StockFigures totals() {
    return positions.stream().map(StockPosition::figures).reduce(StockFigures.ZERO, StockFigures::plus);
  }

  /** What the online mall may sell, summed over the positions (each less its safety stock). */
  public int sellableOnline() {
    return positions.stream().mapToInt(StockPosition::sellableOnline).sum();
  }

  /** Totals per location: the "available stock per warehouse" of a style. */
  public SortedMap<LocationId, StockFigures> byLocation() {
    return sum(StockPosition::location);
  }

  /** Totals per SKU. */
  public SortedMap<SkuCode, StockFigures> bySku() {
    return sum(StockPosition::sku);
  }

  /** The positions at one location. */
  public List<StockPosition> at(LocationId location) {
    return positions.stream().filter(p -> p.location().equals(location)).toList();
  }

  private <K extends Comparable<K>> SortedMap<K, StockFigures> sum(Function<StockPosition, K> by) {
    SortedMap<K, StockFigures> sums = new TreeMap<>();
    positions.forEach(p -> sums.merge(by.apply(p), p.figures(), StockFigures::plus));
    return Collections.unmodifiableSortedMap(sums);
  }
}
