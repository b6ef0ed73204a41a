package dev.o2o.benchmarks;

import dev.o2o.allocation.memory.InMemoryShipmentStore;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.location.Location;
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
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.time.ManualClock;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * One COMPLETE allocation run, committed, on the in-memory ports: 20,000 SKUs at 10 locations (8 warehouses, 2 stores
 * with a safety stock of 1), orders of about three lines with Zipf-skewed demand (s = 1), stock for roughly what is
 * asked. The baseline does the same greedy whole-order-from-one-source allocation on plain int arrays. Each
 * measurement is one run on a freshly built world (single shot); the tear-down logs lines allocated per second and the
 * heap the world uses after the run. Run in a 2 GiB heap, on G1 (the JVM's default): ParallelGC's old generation in
 * 2 GiB is about 1.36 GiB, less than the 1,000,000-order world's live set (about 1.75 GiB), so it thrashes there.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g",
    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
    "-Dorg.slf4j.simpleLogger.log.dev.o2o.benchmarks=info"})
public class AllocationBenchmark {

  private static final Logger log = LoggerFactory.getLogger(AllocationBenchmark.class);
  /** CPU time of the running thread: the machine is shared, so time on one core is read from here. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  static final int SKUS = 20_000;
  static final int WAREHOUSES = 8;
  static final int STORES = 2;
  static final int LOCATIONS = WAREHOUSES + STORES;
  static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

  /** The generated demand and stock, the same for o2o and the baseline. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000", "100000", "1000000"})
    public int orders;

    /** Per order: first line index into lineSku/lineQuantity; the last entry is the number of lines. */
    int[] firstLine;
    int[] lineSku;
    int[] lineQuantity;
    /** stock[sku * LOCATIONS + location]: on hand. */
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
      long units = 0;
      for (int o = 0; o < orders; o++) {
        firstLine[o] = lines;
        int count = 1 + random.nextInt(5); // 1..5 lines, three on average
        for (int l = 0; l < count; l++) {
          int sku = Arrays.binarySearch(cdf, random.nextDouble());
          skus[lines] = sku < 0 ? Math.min(SKUS - 1, -sku - 1) : sku;
          quantities[lines] = 1 + random.nextInt(2);
          units += quantities[lines];
          lines++;
        }
      }
      firstLine[orders] = lines;
      lineSku = Arrays.copyOf(skus, lines);
      lineQuantity = Arrays.copyOf(quantities, lines);
      // Stock: each SKU gets about what is asked of it, spread unevenly over the locations.
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
      log.info("{} orders, {} lines, {} units asked", orders, lines, units);
    }
  }

  /** A fresh in-memory world with the data's stock and orders, built before every run. */
  @State(Scope.Thread)
  public static class World {
    OrderAllocator allocator;
    InMemoryOrderStore orders;
    long nanos;
    long cpuNanos;
    AllocationReport report;

    @Setup(Level.Iteration)
    public void build(Data data) {
      report = null;
      System.gc();
      InMemoryTransactions transactions = new InMemoryTransactions();
      InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
      InMemoryLocationDirectory locations = new InMemoryLocationDirectory(transactions);
      Inventory inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
      orders = new InMemoryOrderStore(transactions);
      ManualClock clock = ManualClock.at(T0);
      Actor actor = Actor.system("benchmark");
      LocationId[] ids = new LocationId[LOCATIONS];
      for (int loc = 0; loc < LOCATIONS; loc++) {
        ids[loc] = loc < WAREHOUSES ? LocationId.warehouse("WH-" + loc) : LocationId.store("ST-" + loc);
        locations.save(new Location(ids[loc], "location " + loc, true, loc + 1));
      }
      SkuCode[] skus = new SkuCode[SKUS];
      StyleCode[] styles = new StyleCode[SKUS];
      List<Movement> receipts = new ArrayList<>();
      for (int s = 0; s < SKUS; s++) {
        skus[s] = SkuCode.of("SKU-" + s);
        styles[s] = StyleCode.of("STYLE-" + s / 10);
        catalogue.save(new Sku(skus[s], styles[s], "검정", "M", "상품 " + s,
            List.of(Ean13.withCheckDigit(String.format("880%09d", s)))));
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
      for (int s = 0; s < SKUS; s++) {
        for (int loc = WAREHOUSES; loc < LOCATIONS; loc++) {
          inventory.setSafetyStock(skus[s], ids[loc], Quantity.of(1));
        }
      }
      Customer[] customers = new Customer[1000];
      Destination[] destinations = new Destination[1000];
      for (int c = 0; c < customers.length; c++) {
        customers[c] = Customer.of("C-" + c, "고객 " + c);
        destinations[c] = new Destination("고객 " + c, "010-0000-" + c, "06236", "서울특별시 강남구 " + c);
      }
      Optional<dev.o2o.core.order.Hold> noHold = Optional.empty();
      transactions.run(() -> {
        for (int o = 0; o < data.orders; o++) {
          List<OrderLine> lines = new ArrayList<>(data.firstLine[o + 1] - data.firstLine[o]);
          for (int l = data.firstLine[o]; l < data.firstLine[o + 1]; l++) {
            lines.add(OrderLine.open(lines.size() + 1, skus[data.lineSku[l]], styles[data.lineSku[l]],
                Quantity.of(data.lineQuantity[l])));
          }
          orders.save(Order.taken(OrderId.of("BENCH", Integer.toString(o)), T0.plus(Duration.ofSeconds(o)),
              customers[o % customers.length], destinations[o % destinations.length], lines, Optional.empty(),
              T0, actor));
        }
      });
      allocator = OrderAllocator.builder(orders, new InMemoryShipmentStore(transactions), inventory, locations,
          transactions, clock).build();
    }

    @TearDown(Level.Iteration)
    public void measure(Data data) {
      if (report == null) {
        return;
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      double cpu = cpuNanos / 1e9;
      log.info("o2o: {} orders: {} lines considered, {} allocated ({} orders whole) in {} ms ({} ms of CPU):"
              + " {} lines allocated per CPU-second, {} lines considered per CPU-second; heap used after the run {} MiB",
          data.orders, data.firstLine[data.orders], report.totals().lines(), report.totals().allocated(),
          nanos / 1_000_000, cpuNanos / 1_000_000, String.format("%.0f", report.totals().lines() / cpu),
          String.format("%.0f", data.firstLine[data.orders] / cpu), heap >> 20);
      report = null;
      allocator = null;
      orders = null;
    }
  }

  /** The baseline's working arrays, refilled before every run. */
  @State(Scope.Thread)
  public static class Plain {
    int[] sellable;
    int[] shipmentOf;
    long nanos;
    long cpuNanos;
    int allocatedLines;

    @Setup(Level.Iteration)
    public void fill(Data data) {
      sellable = new int[SKUS * LOCATIONS];
      for (int s = 0; s < SKUS; s++) {
        for (int loc = 0; loc < LOCATIONS; loc++) {
          int onHand = data.stock[s * LOCATIONS + loc];
          sellable[s * LOCATIONS + loc] = loc < WAREHOUSES ? onHand : Math.max(0, onHand - 1);
        }
      }
      shipmentOf = new int[data.orders];
    }

    @TearDown(Level.Iteration)
    public void measure(Data data) {
      log.info("baseline: {} orders: {} lines allocated in {} ms ({} ms of CPU): {} lines allocated per CPU-second",
          data.orders, allocatedLines, nanos / 1_000_000, cpuNanos / 1_000_000,
          String.format("%.0f", allocatedLines / (Math.max(cpuNanos, 1) / 1e9)));
    }
  }

  @Benchmark
  public AllocationReport allocationRun(World world) {
    long start = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    world.cpuNanos = CPU.getCurrentThreadCpuTime() - cpu;
    world.nanos = System.nanoTime() - start;
    return world.report;
  }

  /** Greedy COMPLETE on int arrays: each order, in order, whole from the first location (by rank) that has it all. */
  @Benchmark
  public int allocationRunBaseline(Data data, Plain plain) {
    long start = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    int[] sellable = plain.sellable;
    int shipments = 0;
    int allocatedLines = 0;
    for (int o = 0; o < data.orders; o++) {
      int from = data.firstLine[o];
      int to = data.firstLine[o + 1];
      for (int loc = 0; loc < LOCATIONS; loc++) {
        boolean all = true;
        for (int l = from; l < to && all; l++) {
          int need = 0;
          for (int k = from; k <= l; k++) {
            if (data.lineSku[k] == data.lineSku[l]) {
              need += data.lineQuantity[k];
            }
          }
          all = sellable[data.lineSku[l] * LOCATIONS + loc] >= need;
        }
        if (all) {
          for (int l = from; l < to; l++) {
            sellable[data.lineSku[l] * LOCATIONS + loc] -= data.lineQuantity[l];
          }
          plain.shipmentOf[o] = ++shipments;
          allocatedLines += to - from;
          break;
        }
      }
    }
    plain.cpuNanos = CPU.getCurrentThreadCpuTime() - cpu;
    plain.nanos = System.nanoTime() - start;
    plain.allocatedLines = allocatedLines;
    return shipments;
  }
}
