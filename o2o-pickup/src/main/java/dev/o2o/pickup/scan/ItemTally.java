package dev.o2o.pickup.scan;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.print.SlipNumber;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The units of one pickup expected and scanned so far, and the order they were scanned in (for undo). */
final class ItemTally {

  private final Catalogue catalogue;
  private final SlipNumber pickup;
  private final String mallOrderNumber;
  private SortedMap<SkuCode, Integer> expected;
  private final Map<SkuCode, Integer> scanned = new TreeMap<>();
  private final Deque<SkuCode> order = new ArrayDeque<>();

  ItemTally(Catalogue catalogue, Pickup pickup) {
    this.catalogue = catalogue;
    this.pickup = pickup.number();
    this.mallOrderNumber = pickup.mallOrderNumber();
    this.expected = new TreeMap<>(pickup.activeUnitsBySku());
  }

  /** Counts one unit of the item {@code code} names, or says why not. */
  ScanResult count(String code, ScanStep stepAfter) {
    Optional<Sku> sku = catalogue.findByScannedCode(code);
    if (sku.isEmpty()) {
      return refuse(ScanRefusal.Kind.UNKNOWN_ITEM, code, "'" + code + "' is not a barcode or SKU code of any item");
    }
    SkuCode sku0 = sku.get().code();
    Integer wanted = expected.get(sku0);
    if (wanted == null) {
      return refuse(ScanRefusal.Kind.WRONG_ITEM, code, sku0 + " (" + sku.get().displayName() + ") is not part of pickup "
          + pickup + " (order " + mallOrderNumber + ")");
    }
    int have = scanned.getOrDefault(sku0, 0);
    if (have >= wanted) {
      return refuse(ScanRefusal.Kind.EXTRA_UNIT, code, "all " + wanted + " units of " + sku0 + " ("
          + sku.get().displayName() + ") of pickup " + pickup + " are scanned already");
    }
    scanned.put(sku0, have + 1);
    order.push(sku0);
    return new ScanResult.ItemCounted(sku.get(), progress(stepAfter));
  }

  boolean isEmpty() {
    return order.isEmpty();
  }

  /** Takes back the last unit counted. */
  Optional<SkuCode> undo() {
    if (order.isEmpty()) {
      return Optional.empty();
    }
    SkuCode last = order.pop();
    scanned.merge(last, -1, Integer::sum);
    return Optional.of(last);
  }

  boolean complete() {
    return expected.entrySet().stream().allMatch(e -> scanned.getOrDefault(e.getKey(), 0).equals(e.getValue()));
  }

  int missing() {
    return expected.entrySet().stream().mapToInt(e -> e.getValue() - scanned.getOrDefault(e.getKey(), 0)).sum();
  }

  /**
   * Whether the pickup still expects what this tally expects; if not, takes the new expectation, keeping the units
   * scanned up to what is now expected.
   */
  boolean stillMatches(Pickup current) {
    SortedMap<SkuCode, Integer> now = current.activeUnitsBySku();
    if (now.equals(expected)) {
      return true;
    }
    expected = new TreeMap<>(now);
    scanned.keySet().removeIf(sku -> !expected.containsKey(sku));
    scanned.replaceAll((sku, n) -> Math.min(n, expected.get(sku)));
    List<SkuCode> kept = new ArrayList<>();
    Map<SkuCode, Integer> budget = new TreeMap<>(scanned);
    List<SkuCode> oldestFirst = new ArrayList<>(order);
    java.util.Collections.reverse(oldestFirst);
    for (SkuCode sku : oldestFirst) {
      if (budget.getOrDefault(sku, 0) > 0) {
        budget.merge(sku, -1, Integer::sum);
        kept.add(sku);
      }
    }
    order.clear();
    kept.forEach(order::push);
    return false;
  }

  ScanProgress progress(ScanStep step) {
    List<ScanProgress.Line> lines = new ArrayList<>();
    expected.forEach((sku, n) -> lines.add(new ScanProgress.Line(sku,
        catalogue.find(sku).map(Sku::displayName).orElse(sku.value()), n, scanned.getOrDefault(sku, 0))));
    return new ScanProgress(pickup, mallOrderNumber, step, lines);
  }

  static ScanResult refuse(ScanRefusal.Kind kind, String code, String message) {
    return new ScanResult.Refused(new ScanRefusal(kind, code, message));
  }
}
