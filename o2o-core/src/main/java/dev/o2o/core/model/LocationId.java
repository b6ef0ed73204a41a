package dev.o2o.core.model;

import static dev.o2o.core.model.Checks.requireCode;

import java.util.Objects;

/**
 * A warehouse or a store, identified by its code; the code is unique across both kinds.
 *
 * <p>Written as {@code WAREHOUSE:WH-SEOUL} or {@code STORE:ST-GANGNAM} by {@link #toString()} and read back by
 * {@link #parse(String)}.
 */
public record LocationId(LocationKind kind, String code) implements Comparable<LocationId> {

  /** Refuses a missing kind and blank or over-long codes. */
  public LocationId {
    Objects.requireNonNull(kind, "location kind");
    requireCode("location code", code);
    if (code.indexOf(':') >= 0) {
      throw new IllegalArgumentException("location code must not contain ':': '" + code + "'");
    }
  }

  public static LocationId warehouse(String code) {
    return new LocationId(LocationKind.WAREHOUSE, code);
  }

  public static LocationId store(String code) {
    return new LocationId(LocationKind.STORE, code);
  }

  /** Reads the form {@link #toString()} writes, for example {@code STORE:ST-GANGNAM}. */
  public static LocationId parse(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("location must be written KIND:CODE, got '" + text + "'");
    }
    LocationKind kind;
    try {
      kind = LocationKind.valueOf(text.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown location kind in '" + text + "'", e);
    }
    return new LocationId(kind, text.substring(colon + 1));
  }

  public boolean isStore() {
    return kind == LocationKind.STORE;
  }

  public boolean isWarehouse() {
    return kind == LocationKind.WAREHOUSE;
  }

  @Override
  public int compareTo(LocationId other) {
    int byCode = code.compareTo(other.code);
    return byCode != 0 ? byCode : kind.compareTo(other.kind);
  }

  @Override
  public String toString() {
    return kind + ":" + code;
  }
}
