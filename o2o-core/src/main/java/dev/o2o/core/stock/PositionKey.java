package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/** One SKU at one location; keys sort by SKU then location, the order in which positions are locked. */
public record PositionKey(SkuCode sku, LocationId location) implements Comparable<PositionKey> {

  /** Refuses missing parts. */
  public PositionKey {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(location, "location");
  }

  public static PositionKey of(SkuCode sku, LocationId location) {
    return new PositionKey(sku, location);
  }

  @Override
  public int compareTo(PositionKey other) {
    // Written out rather than a Comparator chain: positions are compared on every movement's way to the ledger.
    int bySku = sku.compareTo(other.sku);
    return bySku != 0 ? bySku : location.compareTo(other.location);
  }

  @Override
  public String toString() {
    return sku + " at " + location;
  }
}
