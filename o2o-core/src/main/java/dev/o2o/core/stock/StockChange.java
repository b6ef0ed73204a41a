package dev.o2o.core.stock;

import dev.o2o.core.model.SkuCode;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/** The movements one batch applied and the positions they touched, before and after. */
public record StockChange(
    List<Movement> movements, SortedMap<PositionKey, StockPosition> before, SortedMap<PositionKey, StockPosition> after) {

  /** Copies the parts. */
  public StockChange {
    movements = List.copyOf(movements);
    before = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(before));
    after = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(after));
  }

  /** The SKUs of which some position's sellable-online figure changed. */
  public SortedSet<SkuCode> skusWithChangedSellable() {
    SortedSet<SkuCode> skus = new TreeSet<>();
    after.forEach((key, position) -> {
      StockPosition old = before.getOrDefault(key, StockPosition.empty(key));
      if (old.sellableOnline() != position.sellableOnline()) {
        skus.add(key.sku());
      }
    });
    return skus;
  }
}
