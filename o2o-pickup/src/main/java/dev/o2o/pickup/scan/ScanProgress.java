package dev.o2o.pickup.scan;

import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.print.SlipNumber;
import java.util.List;
import java.util.Objects;

/** How far a scan session is: the pickup, what it waits for, and per SKU the units expected and scanned. */
public record ScanProgress(SlipNumber pickup, String mallOrderNumber, ScanStep step, List<Line> lines) {

  /** Copies the lines. */
  public ScanProgress {
    Objects.requireNonNull(pickup, "pickup");
    Objects.requireNonNull(mallOrderNumber, "mallOrderNumber");
    Objects.requireNonNull(step, "step");
    lines = List.copyOf(lines);
  }

  /** One SKU of the pickup: its display name, the units expected and the units scanned so far. */
  public record Line(SkuCode sku, String displayName, int expected, int scanned) {

    public boolean complete() {
      return scanned == expected;
    }
  }

  public int expectedUnits() {
    return lines.stream().mapToInt(Line::expected).sum();
  }

  public int scannedUnits() {
    return lines.stream().mapToInt(Line::scanned).sum();
  }

  /** Whether every expected unit is scanned. */
  public boolean complete() {
    return lines.stream().allMatch(Line::complete);
  }
}
