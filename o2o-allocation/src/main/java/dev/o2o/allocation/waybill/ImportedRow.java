package dev.o2o.allocation.waybill;

import dev.o2o.allocation.shipment.WaybillOutcome;
import java.util.Objects;

/** One data row of an imported file: its line, what it named (shipment or order), the waybill, and what came of it. */
public record ImportedRow(int line, String shipmentOrOrder, String waybill, WaybillOutcome outcome) {

  /** Refuses missing parts. */
  public ImportedRow {
    Objects.requireNonNull(shipmentOrOrder, "shipment or order");
    Objects.requireNonNull(waybill, "waybill");
    Objects.requireNonNull(outcome, "outcome");
  }

  /** The category of the outcome. */
  public RowStatus status() {
    return RowStatus.of(outcome);
  }

  /** A line of the report for staff. */
  public String message() {
    return "line " + line + ": " + status() + ": " + outcome.message();
  }
}
