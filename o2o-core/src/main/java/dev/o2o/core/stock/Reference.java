package dev.o2o.core.stock;

import static dev.o2o.core.model.Checks.requireCode;

import java.util.Objects;

/** The business document a movement belongs to: an order, a shipment, a pickup, a transfer, a stock count. */
public record Reference(ReferenceKind kind, String id) {

  /** Refuses a missing kind and a blank id. */
  public Reference {
    Objects.requireNonNull(kind, "reference kind");
    requireCode("reference id", id);
  }

  public static Reference of(ReferenceKind kind, String id) {
    return new Reference(kind, id);
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
