package dev.o2o.allocation.outbound;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.model.SkuCode;
import java.util.List;
import java.util.Objects;

/** How far a shipment's scanning is: per SKU, the units expected, scanned and remaining. */
public record Progress(ShipmentId shipment, String waybill, List<Line> lines) {

  /** Copies the lines. */
  public Progress {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(waybill, "waybill");
    lines = List.copyOf(lines);
  }

  /** Units expected in all. */
  public int expected() {
    return lines.stream().mapToInt(Line::expected).sum();
  }

  /** Units scanned in all. */
  public int scanned() {
    return lines.stream().mapToInt(Line::scanned).sum();
  }

  /** Units still to scan. */
  public int remaining() {
    return lines.stream().mapToInt(Line::remaining).sum();
  }

  /** Whether every unit is scanned, and no more. */
  public boolean isComplete() {
    return lines.stream().allMatch(l -> l.scanned() == l.expected());
  }

  /** One SKU of the shipment. */
  public record Line(SkuCode sku, int expected, int scanned) {

    public int remaining() {
      return Math.max(0, expected - scanned);
    }
  }
}
