package dev.o2o.allocation.waybill;

import dev.o2o.allocation.shipment.WaybillOutcome;

/** How an imported row ended, as the report counts it. */
public enum RowStatus {
  REGISTERED,
  /** The shipment already had this very waybill (a file imported twice). */
  ALREADY_REGISTERED,
  /** The waybill belongs to another shipment. */
  DUPLICATE,
  /** No shipment, or no single one awaiting a waybill, matches the row. */
  UNKNOWN_SHIPMENT,
  /** The number is not one of the courier's, or the courier is missing or unknown. */
  INVALID_NUMBER,
  /** The shipment cannot take a waybill now (shipped, cancelled, or it has another one). */
  NOT_REGISTRABLE;

  /** The status of an outcome. */
  public static RowStatus of(WaybillOutcome outcome) {
    if (outcome instanceof WaybillOutcome.Registered) {
      return REGISTERED;
    } else if (outcome instanceof WaybillOutcome.AlreadyRegistered) {
      return ALREADY_REGISTERED;
    } else if (outcome instanceof WaybillOutcome.Duplicate) {
      return DUPLICATE;
    } else if (outcome instanceof WaybillOutcome.UnknownShipment) {
      return UNKNOWN_SHIPMENT;
    } else if (outcome instanceof WaybillOutcome.InvalidNumber) {
      return INVALID_NUMBER;
    }
    return NOT_REGISTRABLE;
  }
}
