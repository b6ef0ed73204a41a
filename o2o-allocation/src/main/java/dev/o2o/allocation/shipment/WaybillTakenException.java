package dev.o2o.allocation.shipment;

import dev.o2o.core.shipping.WaybillNumber;

/** A waybill number was registered to a shipment while it belongs to another. */
public final class WaybillTakenException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public WaybillTakenException(WaybillNumber number, ShipmentId holder, ShipmentId claimant) {
    super("waybill " + number.digits() + " belongs to shipment " + holder + " and cannot be registered to "
        + claimant);
  }
}
