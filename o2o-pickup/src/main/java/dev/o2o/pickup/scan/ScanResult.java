package dev.o2o.pickup.scan;

import dev.o2o.core.catalog.Sku;
import dev.o2o.pickup.Pickup;

/** What one scan or scan-session command did. */
public sealed interface ScanResult {

  /** A slip was recognised; the session now waits for {@code progress.step()}. */
  record SlipRead(Pickup pickup, ScanProgress progress) implements ScanResult {}

  /** One unit of {@code sku} was counted. */
  record ItemCounted(Sku sku, ScanProgress progress) implements ScanResult {}

  /** Completion: every unit is scanned and the quantities agree; staff confirm next. */
  record AllItemsScanned(ScanProgress progress) implements ScanResult {}

  /** The pickup changed state through the session (accepted, completed, unavailable, cancelled); it is closed. */
  record PickupChanged(Pickup after) implements ScanResult {}

  /** The last scan was taken back. */
  record Undone(String what, ScanStep step) implements ScanResult {}

  /** Refused; nothing changed. */
  record Refused(ScanRefusal refusal) implements ScanResult {}
}
