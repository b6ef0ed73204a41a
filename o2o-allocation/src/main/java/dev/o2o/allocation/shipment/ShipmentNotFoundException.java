package dev.o2o.allocation.shipment;

/** A command named a shipment that does not exist. */
public final class ShipmentNotFoundException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public ShipmentNotFoundException(ShipmentId id) {
    super("unknown shipment " + id);
  }
}
