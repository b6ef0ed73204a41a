package dev.o2o.examples.runner;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.stock.StockView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code stock}: the integrated stock of a SKU, a style or a location. */
@Command(name = "stock", mixinStandardHelpOptions = true,
    description = "Shows the integrated stock of a SKU, a style or a location.")
final class StockCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--sku", description = "A SKU code, e.g. TS24-BLK-M.")
    String sku;

    @Option(names = "--style", description = "A style code, e.g. TS24.")
    String style;

    @Option(names = "--location", description = "A location, e.g. STORE:ST-GANGNAM.")
    String location;
  }

  @Override
  public Integer call() throws Exception {
    return runner.onDatabase((o2o, console) -> {
      if (target.style != null) {
        StyleCode style = StyleCode.of(target.style);
        if (o2o.stores.catalogue().skusOfStyle(style).isEmpty()) {
          throw new IllegalArgumentException("unknown style " + style + ": it has no SKU in the catalogue");
        }
        StockTables.printStyle(console, o2o, style, "integrated stock of " + style);
      } else if (target.sku != null) {
        SkuCode sku = SkuCode.of(target.sku);
        o2o.stores.catalogue().require(sku);
        printPositions(console, o2o.inventory.stockOf(sku), "integrated stock of " + sku);
      } else {
        LocationId location = LocationId.parse(target.location);
        o2o.stores.locations().require(location);
        printPositions(console, o2o.inventory.stockAt(location), "stock at " + location);
      }
      return 0;
    });
  }

  private static void printPositions(Console console, StockView view, String title) {
    console.line(title + ":");
    List<List<String>> rows = new ArrayList<>();
    for (StockPosition p : view.positions()) {
      rows.add(List.of(p.sku().value(), p.location().toString(), String.valueOf(p.onHand()),
          String.valueOf(p.availableBeforeAllocation()), String.valueOf(p.allocated()), String.valueOf(p.available()),
          String.valueOf(p.offlineScheduled()), String.valueOf(p.pickupReserved()), String.valueOf(p.inTransit()),
          String.valueOf(p.safetyStock()), String.valueOf(p.sellableOnline())));
    }
    var t = view.totals();
    rows.add(List.of("total", "", String.valueOf(t.onHand()), String.valueOf(t.availableBeforeAllocation()),
        String.valueOf(t.allocated()), String.valueOf(t.available()), String.valueOf(t.offlineScheduled()),
        String.valueOf(t.pickupReserved()), String.valueOf(t.inTransit()), "", String.valueOf(view.sellableOnline())));
    console.table(List.of("SKU", "location", "on hand", "avail. before alloc.", "allocated", "avail. after alloc.",
        "offline sched.", "pickup", "in transit", "safety", "sellable"), rows);
  }
}
