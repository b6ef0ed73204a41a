package dev.o2o.examples.runner;

import dev.o2o.allocation.outbound.Progress;
import dev.o2o.allocation.outbound.ScanOutcome;
import dev.o2o.pickup.scan.ScanResult;

/** What a scan came to, in one line for staff: shared by the day and the scanning sub-commands. */
final class ScanTexts {

  private ScanTexts() {}

  /** A pickup scan's result. */
  static String of(ScanResult result) {
    if (result instanceof ScanResult.Refused refused) {
      return "refused: " + refused.refusal().message();
    }
    if (result instanceof ScanResult.PickupChanged changed) {
      return "pickup " + changed.after().number() + " is now " + changed.after().state();
    }
    if (result instanceof ScanResult.SlipRead read) {
      return "pickup " + read.pickup().number() + " (" + read.pickup().state() + "), "
          + read.progress().expectedUnits() + " unit(s) to scan";
    }
    if (result instanceof ScanResult.ItemCounted counted) {
      return "counted " + counted.progress().scannedUnits() + "/" + counted.progress().expectedUnits();
    }
    if (result instanceof ScanResult.AllItemsScanned all) {
      return "all " + all.progress().expectedUnits() + " unit(s) scanned: confirm to complete";
    }
    return result.toString();
  }

  /** An outbound scan's outcome. */
  static String of(ScanOutcome outcome) {
    if (outcome instanceof ScanOutcome.Refused refused) {
      return "refused (" + refused.kind() + "): " + refused.message();
    }
    if (outcome instanceof ScanOutcome.Shipped shipped) {
      return "shipment " + shipped.shipment().id() + " SHIPPED";
    }
    if (outcome instanceof ScanOutcome.Loaded loaded) {
      return "shipment " + loaded.progress().shipment() + " loaded: " + remaining(loaded.progress());
    }
    if (outcome instanceof ScanOutcome.Resumed resumed) {
      return "shipment " + resumed.progress().shipment() + " resumed: " + remaining(resumed.progress());
    }
    if (outcome instanceof ScanOutcome.Counted counted) {
      return "counted " + counted.sku() + ": " + remaining(counted.progress());
    }
    if (outcome instanceof ScanOutcome.Undone undone) {
      return "took back " + undone.sku() + ": " + remaining(undone.progress());
    }
    if (outcome instanceof ScanOutcome.Abandoned abandoned) {
      return "session of " + abandoned.progress().shipment() + " put aside: " + remaining(abandoned.progress());
    }
    return outcome.toString();
  }

  /** Scanned of expected, and what is still to go per SKU. */
  static String remaining(Progress progress) {
    StringBuilder text = new StringBuilder(progress.scanned() + "/" + progress.expected() + " scanned");
    progress.lines().stream().filter(l -> l.remaining() > 0)
        .forEach(l -> text.append(", ").append(l.sku()).append(" x").append(l.remaining()).append(" to go"));
    return text.toString();
  }
}
