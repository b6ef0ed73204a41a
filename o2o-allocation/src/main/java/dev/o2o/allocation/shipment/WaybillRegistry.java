package dev.o2o.allocation.shipment;

import dev.o2o.core.shipping.WaybillNumber;
import java.util.Optional;

/**
 * Outbound port: which shipment each waybill number belongs to. A number (its digits, whatever the courier) belongs
 * to one shipment only; the writing method is called inside a transaction.
 */
public interface WaybillRegistry {

  /** The shipment the number with these digits was registered to, if any. */
  Optional<ShipmentId> holderOf(String digits);

  /**
   * Records {@code number} as the waybill of {@code shipment}; throws {@link WaybillTakenException} when its digits
   * already belong to another shipment (the JDBC adapter backs this with a unique constraint).
   */
  void register(WaybillNumber number, ShipmentId shipment);
}
