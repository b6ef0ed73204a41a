package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireCode;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.Reference;
import dev.o2o.core.stock.ReferenceKind;
import java.util.Objects;

/**
 * Where an allocated line's stock is promised: the shipment (by id), the line's place in it, and the source location.
 * It also names the stock movements of that shipment line, so that whoever allocates, deallocates or ships it uses the
 * same idempotency keys.
 */
public record LineAllocation(String shipmentId, int shipmentLine, LocationId source) {

  /** Refuses a blank shipment id and a shipment line below 1. */
  public LineAllocation {
    requireCode("shipment id", shipmentId);
    Objects.requireNonNull(source, () -> "source of shipment " + shipmentId);
    if (shipmentLine < 1) {
      throw new IllegalArgumentException("line of shipment " + shipmentId + " must be 1 or more, got " + shipmentLine);
    }
  }

  /** The id of the movement of {@code kind} for this shipment line, for example {@code ALLOCATE:SHP-00000001/2}. */
  public MovementId movementId(MovementKind kind) {
    return MovementId.of(kind + ":" + shipmentId + "/" + shipmentLine);
  }

  /** The reference every movement of this shipment carries. */
  public Reference reference() {
    return Reference.of(ReferenceKind.SHIPMENT, shipmentId);
  }
}
