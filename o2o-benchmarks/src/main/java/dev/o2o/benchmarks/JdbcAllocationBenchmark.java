package dev.o2o.benchmarks;

import dev.o2o.adapters.jdbc.JdbcCatalogue;
import dev.o2o.adapters.jdbc.JdbcLocationDirectory;
import dev.o2o.adapters.jdbc.JdbcOrderStore;
import dev.o2o.adapters.jdbc.JdbcShipmentStore;
import dev.o2o.adapters.jdbc.JdbcStockLedger;
import dev.o2o.adapters.jdbc.JdbcTransactions;
import dev.o2o.allocation.memory.InMemoryShipmentStore;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One COMPLETE allocation run of 10,000 orders committed to PostgreSQL through the JDBC adapter (the allocator commits
 * groups in batches; the adapter batches each batch's line, note and history rows), beside the same run on the
 * in-memory ports as the baseline: the ratio is the price of durability. 2,000 SKUs at 6 warehouses, orders of about
 * three lines with Zipf-skewed demand, stock for roughly what is asked; each measurement is one run on a freshly built
 * world (single shot). Needs the PostgreSQL server ({@code -Do2o.bench.postgres=<JDBC URL>}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dorg.slf4j.simpleLogger.log.dev.o2o.benchmarks=info"})
public class JdbcAllocationBenchmark {

  private static final Logger log = LoggerFactory.getLogger(JdbcAllocationBenchmark.class);

  static final int SKUS = 2_000;
  static final int LOCATIONS = 6;
  static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

  /** The generated demand and stock, the same for both runs. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000"})
    public int orders;

    int[] firstLine;
    int[] lineSku;
    int[] lineQuantity;
    int[] stock;

    @Setup(Level.Trial)
    public void generate() {
      SplittableRandom random = new SplittableRandom(20261102L);
      double[] cdf = new double[SKUS];
      double sum = 0;
      for (int i = 0; i < SKUS; i++) {
        sum += 1.0 / (i + 1);
        cdf[i] = sum;
      }
      for (int i = 0; i < SKUS; i++) {
        cdf[i] /= sum;
      }
      firstLine = new int[orders + 1];
      int[] skus = new int[orders * 5];
      int[] quantities = new int[orders * 5];
      int lines = 0;
      for (int o = 0; o < orders; o++) {
        firstLine[o] = lines;
        int count = 1 + random.nextInt(5);
        for (int l = 0; l < count; l++) {
          int sku = Arrays.binarySearch(cdf, random.nextDouble());
          skus[lines] = sku < 0 ? Math.min(SKUS - 1, -sku - 1) : sku;
          quantities[lines] = 1 + random.nextInt(2);
          lines++;
        }
      }
      firstLine[orders] = lines;
      lineSku = Arrays.copyOf(skus, lines);
      lineQuantity = Arrays.copyOf(quantities, lines);
      long[] asked = new long[SKUS];
      for (int l = 0; l < lines; l++) {
        asked[lineSku[l]] += lineQuantity[l];
      }
      stock = new int[SKUS * LOCATIONS];
      for (int s = 0; s < SKUS; s++) {
        int perLocation = (int) Math.max(1, asked[s] * 2 / LOCATIONS);
        for (int loc = 0; loc < LOCATIONS; loc++) {
          stock[s * LOCATIONS + loc] = random.nextInt(perLocation + 1);
        }
      }
    }
  }

  /** The ports a world is built on. */
  record Ports(TransactionRunner transactions, StockLedger ledger, Catalogue catalogue, LocationDirectory locations,
      OrderStore orders, ShipmentStore shipments) {}

  /** A world on PostgreSQL, in a fresh schema for every run. */
  @State(Scope.Thread)
  public static class OnPostgres {
    PostgresBench server;
    OrderAllocator allocator;
    AllocationReport report;

    @Setup(Level.Iteration)
    public void build(Data data) {
      server = new PostgresBench("allocation", 4);
      JdbcTransactions tx = new JdbcTransactions(server.dataSource());
      long start = System.nanoTime();
      allocator = world(data, new Ports(tx, new JdbcStockLedger(tx), new JdbcCatalogue(tx),
          new JdbcLocationDirectory(tx), new JdbcOrderStore(tx), new JdbcShipmentStore(tx)));
      log.info("PostgreSQL world built in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    @TearDown(Level.Iteration)
    public void drop() {
      if (report != null) {
        log.info("PostgreSQL run: {} lines considered, {} allocated", report.totals().lines(),
            report.totals().allocated());
      }
      server.close();
    }
  }

  /** The same world in memory. */
  @State(Scope.Thread)
  public static class InMemory {
    OrderAllocator allocator;
    AllocationReport report;

    @Setup(Level.Iteration)
    public void build(Data data) {
      InMemoryTransactions tx = new InMemoryTransactions();
      allocator = world(data, new Ports(tx, new InMemoryStockLedger(tx), new InMemoryCatalogue(tx),
          new InMemoryLocationDirectory(tx), new InMemoryOrderStore(tx), new InMemoryShipmentStore(tx)));
    }

    @TearDown(Level.Iteration)
    public void report() {
      if (report != null) {
        log.info("in-memory run: {} lines considered, {} allocated", report.totals().lines(),
            report.totals().allocated());
      }
    }
  }

  static OrderAllocator world(Data data, Ports ports) {
    Actor actor = Actor.system("benchmark");
    Inventory inventory = new Inventory(ports.ledger(), ports.catalogue(), ports.transactions());
    LocationId[] ids = new LocationId[LOCATIONS];
    for (int loc = 0; loc < LOCATIONS; loc++) {
      ids[loc] = LocationId.warehouse("WH-" + loc);
      ports.locations().save(new Location(ids[loc], "location " + loc, true, loc + 1));
    }
    SkuCode[] skus = new SkuCode[SKUS];
    StyleCode[] styles = new StyleCode[SKUS];
    List<Movement> receipts = new ArrayList<>();
    ports.transactions().run(() -> {
      for (int s = 0; s < SKUS; s++) {
        skus[s] = SkuCode.of("SKU-" + s);
        styles[s] = StyleCode.of("STYLE-" + s / 10);
        ports.catalogue().save(new Sku(skus[s], styles[s], "검정", "M", "상품 " + s,
            List.of(Ean13.withCheckDigit(String.format("880%09d", s)))));
      }
    });
    for (int s = 0; s < SKUS; s++) {
      for (int loc = 0; loc < LOCATIONS; loc++) {
        int quantity = data.stock[s * LOCATIONS + loc];
        if (quantity > 0) {
          receipts.add(Movement.builder(MovementKind.RECEIVE).id("R-" + s + "-" + loc).sku(skus[s])
              .location(ids[loc]).quantity(quantity).reference(ReferenceKind.RECEIPT, "R-" + s).at(T0)
              .actor(actor).build());
        }
      }
    }
    for (int from = 0; from < receipts.size(); from += 1000) {
      inventory.apply(receipts.subList(from, Math.min(receipts.size(), from + 1000)));
    }
    Customer[] customers = new Customer[1000];
    Destination[] destinations = new Destination[1000];
    for (int c = 0; c < customers.length; c++) {
      customers[c] = Customer.of("C-" + c, "고객 " + c);
      destinations[c] = new Destination("고객 " + c, "010-0000-" + c, "06236", "서울특별시 강남구 " + c);
    }
    for (int first = 0; first < data.orders; first += 1000) {
      int from = first;
      ports.transactions().run(() -> {
        for (int o = from; o < Math.min(data.orders, from + 1000); o++) {
          List<OrderLine> lines = new ArrayList<>(data.firstLine[o + 1] - data.firstLine[o]);
          for (int l = data.firstLine[o]; l < data.firstLine[o + 1]; l++) {
            lines.add(OrderLine.open(lines.size() + 1, skus[data.lineSku[l]], styles[data.lineSku[l]],
                Quantity.of(data.lineQuantity[l])));
          }
          ports.orders().save(Order.taken(OrderId.of("BENCH", Integer.toString(o)), T0.plus(Duration.ofSeconds(o)),
              customers[o % customers.length], destinations[o % destinations.length], lines, Optional.empty(),
              T0, actor));
        }
      });
    }
    return OrderAllocator.builder(ports.orders(), ports.shipments(), inventory, ports.locations(),
        ports.transactions(), ManualClock.at(T0)).build();
  }

  @Benchmark
  public AllocationReport allocationRunOnPostgres(OnPostgres world) {
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    return world.report;
  }

  /** The same run on the in-memory ports. */
  @Benchmark
  public AllocationReport allocationRunOnPostgresBaseline(InMemory world) {
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    return world.report;
  }
}
