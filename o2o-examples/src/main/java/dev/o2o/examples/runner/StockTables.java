package dev.o2o.examples.runner;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Integrated-stock tables, shared by the day and the {@code stock} sub-command. */
final class StockTables {

  private StockTables() {}

  /** A style's stock per location with totals: on hand, both availabilities, the promised buckets and in transit. */
  static void printStyle(Console console, O2oSystem o2o, StyleCode style, String title) {
    StockView view = o2o.inventory.stockOfStyle(style);
    console.line(title + ":");
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<LocationId, StockFigures> entry : view.byLocation().entrySet()) {
      String name = o2o.stores.locations().find(entry.getKey()).map(Location::name).orElse("");
      rows.add(row(entry.getKey().code() + " " + name, entry.getValue(), sellable(view, entry.getKey())));
    }
    rows.add(row("합계 total", view.totals(), view.sellableOnline()));
    console.table(List.of("location", "on hand", "avail. before alloc.", "allocated", "avail. after alloc.",
        "offline sched.", "pickup", "in transit", "avail. less safety"), rows);
  }

  private static int sellable(StockView view, LocationId location) {
    return view.at(location).stream().mapToInt(p -> p.sellableOnline()).sum();
  }

  private static List<String> row(String label, StockFigures f, int sellable) {
    return List.of(label, String.valueOf(f.onHand()), String.valueOf(f.availableBeforeAllocation()),
        String.valueOf(f.allocated()), String.valueOf(f.available()), String.valueOf(f.offlineScheduled()),
        String.valueOf(f.pickupReserved()), String.valueOf(f.inTransit()), String.valueOf(sellable));
  }
}
