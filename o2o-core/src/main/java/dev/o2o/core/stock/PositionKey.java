package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;

/**
 * One SKU at one location; keys sort by SKU then location, the order in which positions are locked. A value like a
 * record (equal when both parts are), which keeps its hash: a movement's key is hashed on its way through the batch,
 * the lock and the write, and a hash read from the key spares reading the SKU and location codes each time.
 */
public final class PositionKey implements Comparable<PositionKey> {

  private final SkuCode sku;
  private final LocationId location;
  private final int hash;

  /** Refuses missing parts. */
  public PositionKey(SkuCode sku, LocationId location) {
    this.sku = Objects.requireNonNull(sku, "sku");
    this.location = Objects.requireNonNull(location, "location");
    this.hash = 31 * sku.hashCode() + location.hashCode();
  }

  public static PositionKey of(SkuCode sku, LocationId location) {
    return new PositionKey(sku, location);
  }

  public SkuCode sku() {
    return sku;
  }

  public LocationId location() {
    return location;
  }

  @Override
  public int compareTo(PositionKey other) {
    // Written out rather than a Comparator chain: positions are compared on every movement's way to the ledger.
    int bySku = sku.compareTo(other.sku);
    return bySku != 0 ? bySku : location.compareTo(other.location);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof PositionKey key && hash == key.hash && sku.equals(key.sku)
        && location.equals(key.location);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return sku + " at " + location;
  }
}
