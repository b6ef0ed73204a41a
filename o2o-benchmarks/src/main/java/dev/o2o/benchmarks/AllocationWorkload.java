package dev.o2o.benchmarks;

import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.time.ManualClock;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The allocation benchmarks' workload: orders of one to five lines (three on average) of one or two units each, SKUs
 * drawn with Zipf-skewed demand (s = 1), stock at every location of roughly what is asked, all drawn from one seeded
 * random sequence, so the same parameters give the same arrays; and the world built from them on a given set of ports.
 */
final class AllocationWorkload {

  private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
  private static final long SEED = 20261102L;
  private static final int RECEIPTS_PER_APPLY = 1000;
  private static final int CUSTOMERS = 1000;

  /** The ports a world is built on. */
  record Ports(TransactionRunner transactions, StockLedger ledger, Catalogue catalogue, LocationDirectory locations,
      OrderStore orders, ShipmentStore shipments) {}

  final int skus;
  /** Locations 0 .. warehouses - 1 are warehouses, the rest stores. */
  final int warehouses;
  final int locations;
  final int orders;
  /** Per order: first line index into lineSku/lineQuantity; the last entry is the number of lines. */
  final int[] firstLine;
  final int[] lineSku;
  final int[] lineQuantity;
  /** stock[sku * locations + location]: on hand. */
  final int[] stock;
  /** Units asked by all lines together. */
  final long units;

  /** Draws {@code orders} orders over {@code skus} SKUs and the stock of {@code warehouses + stores} locations. */
  AllocationWorkload(int skus, int warehouses, int stores, int orders) {
    this.skus = skus;
    this.warehouses = warehouses;
    this.locations = warehouses + stores;
    this.orders = orders;
    SplittableRandom random = new SplittableRandom(SEED);
    double[] cdf = new double[skus];
    double sum = 0;
    for (int i = 0; i < skus; i++) {
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    for (int i = 0; i < skus; i++) {
      cdf[i] /= sum;
    }
    firstLine = new int[orders + 1];
    int[] drawnSkus = new int[orders * 5];
    int[] drawnQuantities = new int[orders * 5];
    int lines = 0;
    long asked = 0;
    for (int o = 0; o < orders; o++) {
      firstLine[o] = lines;
      int count = 1 + random.nextInt(5); // 1..5 lines, three on average
      for (int l = 0; l < count; l++) {
        int sku = Arrays.binarySearch(cdf, random.nextDouble());
        drawnSkus[lines] = sku < 0 ? Math.min(skus - 1, -sku - 1) : sku;
        drawnQuantities[lines] = 1 + random.nextInt(2);
        asked += drawnQuantities[lines];
        lines++;
      }
    }
    firstLine[orders] = lines;
    units = asked;
    lineSku = Arrays.copyOf(drawnSkus, lines);
    lineQuantity = Arrays.copyOf(drawnQuantities, lines);
    // Stock: each SKU gets about what is asked of it, spread unevenly over the locations.
    long[] askedOfSku = new long[skus];
    for (int l = 0; l < lines; l++) {
      askedOfSku[lineSku[l]] += lineQuantity[l];
    }
    stock = new int[skus * locations];
    for (int s = 0; s < skus; s++) {
      int perLocation = (int) Math.max(1, askedOfSku[s] * 2 / locations);
      for (int loc = 0; loc < locations; loc++) {
        stock[s * locations + loc] = random.nextInt(perLocation + 1);
      }
    }
  }

  /** The catalogue entry of SKU {@code s}: code {@code SKU-s}, ten SKUs to a style, one EAN-13 barcode. */
  static Sku sku(int s) {
    return new Sku(SkuCode.of("SKU-" + s), StyleCode.of("STYLE-" + s / 10), "검정", "M", "상품 " + s,
        List.of(Ean13.withCheckDigit(String.format("880%09d", s))));
  }

  /** The number of order lines. */
  int lines() {
    return firstLine[orders];
  }

  /**
   * Builds the world on {@code ports}: the locations (warehouses {@code WH-n}, then stores {@code ST-n}), the catalogue
   * (one EAN-13 barcode per SKU), the stock received in batches of 1,000 movements, {@code storeSafetyStock} at every
   * store (none when 0), 1,000 customers and their destinations, and the orders, taken; returns the allocator over it.
   *
   * @param catalogueInOneTransaction whether the SKUs are saved in one transaction, or each in its own
   * @param ordersPerTransaction how many orders are saved in one transaction
   */
  OrderAllocator world(Ports ports, int storeSafetyStock, boolean catalogueInOneTransaction,
      int ordersPerTransaction) {
    if (ordersPerTransaction < 1) {
      throw new IllegalArgumentException("ordersPerTransaction must be at least 1: " + ordersPerTransaction);
    }
    Actor actor = Actor.system("benchmark");
    Inventory inventory = new Inventory(ports.ledger(), ports.catalogue(), ports.transactions());
    LocationId[] ids = new LocationId[locations];
    for (int loc = 0; loc < locations; loc++) {
      ids[loc] = loc < warehouses ? LocationId.warehouse("WH-" + loc) : LocationId.store("ST-" + loc);
      ports.locations().save(new Location(ids[loc], "location " + loc, true, loc + 1));
    }
    SkuCode[] skuCodes = new SkuCode[skus];
    StyleCode[] styles = new StyleCode[skus];
    Runnable saveCatalogue = () -> {
      for (int s = 0; s < skus; s++) {
        Sku sku = sku(s);
        skuCodes[s] = sku.code();
        styles[s] = sku.style();
        ports.catalogue().save(sku);
      }
    };
    if (catalogueInOneTransaction) {
      ports.transactions().run(saveCatalogue);
    } else {
      saveCatalogue.run();
    }
    List<Movement> receipts = new ArrayList<>();
    for (int s = 0; s < skus; s++) {
      for (int loc = 0; loc < locations; loc++) {
        int quantity = stock[s * locations + loc];
        if (quantity > 0) {
          receipts.add(Movement.builder(MovementKind.RECEIVE).id("R-" + s + "-" + loc).sku(skuCodes[s])
              .location(ids[loc]).quantity(quantity).reference(ReferenceKind.RECEIPT, "R-" + s).at(T0)
              .actor(actor).build());
        }
      }
    }
    for (int from = 0; from < receipts.size(); from += RECEIPTS_PER_APPLY) {
      inventory.apply(receipts.subList(from, Math.min(receipts.size(), from + RECEIPTS_PER_APPLY)));
    }
    if (storeSafetyStock > 0) {
      for (int s = 0; s < skus; s++) {
        for (int loc = warehouses; loc < locations; loc++) {
          inventory.setSafetyStock(skuCodes[s], ids[loc], Quantity.of(storeSafetyStock));
        }
      }
    }
    Customer[] customers = new Customer[CUSTOMERS];
    Destination[] destinations = new Destination[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      customers[c] = Customer.of("C-" + c, "고객 " + c);
      destinations[c] = new Destination("고객 " + c, "010-0000-" + c, "06236", "서울특별시 강남구 " + c);
    }
    int next = 0;
    while (next < orders) {
      int first = next;
      int end = next + Math.min(ordersPerTransaction, orders - next);
      ports.transactions().run(() -> {
        for (int o = first; o < end; o++) {
          List<OrderLine> lines = new ArrayList<>(firstLine[o + 1] - firstLine[o]);
          for (int l = firstLine[o]; l < firstLine[o + 1]; l++) {
            lines.add(OrderLine.open(lines.size() + 1, skuCodes[lineSku[l]], styles[lineSku[l]],
                Quantity.of(lineQuantity[l])));
          }
          ports.orders().save(Order.taken(OrderId.of("BENCH", Integer.toString(o)), T0.plus(Duration.ofSeconds(o)),
              customers[o % CUSTOMERS], destinations[o % CUSTOMERS], lines, Optional.empty(), T0, actor));
        }
      });
      next = end;
    }
    return OrderAllocator.builder(ports.orders(), ports.shipments(), inventory, ports.locations(),
        ports.transactions(), ManualClock.at(T0)).build();
  }
}
