package dev.o2o.benchmarks;

import dev.o2o.allocation.memory.InMemoryShipmentStore;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * asked ({@code AllocationWorkload} draws them and builds the world; each SKU is saved on its own, the orders in one
 * transaction). The baseline does the same greedy whole-order-from-one-source allocation on plain int arrays. Each
 * measurement is one run on a freshly built world (single shot); the tear-down logs lines allocated per second of the
 * run thread's CPU time and of wall-clock time, the collector's pauses during the run and the heap the world uses
 * after the run. Run in a 2 GiB heap, on G1 (the JVM's default): ParallelGC's old generation in 2 GiB is about
 * 1.36 GiB, less than the 1,000,000-order world's live set (about 1.5 GiB), so it thrashes there.
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
  static final int STORE_SAFETY_STOCK = 1;

  /** The generated demand and stock, the same for o2o and the baseline. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000", "100000", "1000000"})
    public int orders;

    AllocationWorkload workload;

    @Setup(Level.Trial)
    public void generate() {
      workload = new AllocationWorkload(SKUS, WAREHOUSES, STORES, orders);
      log.info("{} orders, {} lines, {} units asked", orders, workload.lines(), workload.units);
    }
  }

  /** A fresh in-memory world with the data's stock and orders, built before every run. */
  @State(Scope.Thread)
  public static class World {
    OrderAllocator allocator;
    InMemoryOrderStore orders;
    long nanos;
    long cpuNanos;
    long gcMillis;
    AllocationReport report;

    @Setup(Level.Iteration)
    public void build(Data data) {
      report = null;
      System.gc();
      InMemoryTransactions transactions = new InMemoryTransactions();
      orders = new InMemoryOrderStore(transactions);
      allocator = data.workload.world(new AllocationWorkload.Ports(transactions, new InMemoryStockLedger(transactions),
          new InMemoryCatalogue(transactions), new InMemoryLocationDirectory(transactions), orders,
          new InMemoryShipmentStore(transactions)), STORE_SAFETY_STOCK, false, data.orders);
    }

    @TearDown(Level.Iteration)
    public void measure(Data data) {
      if (report == null) {
        return;
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      double cpu = cpuNanos / 1e9;
      log.info("o2o: {} orders: {} lines considered, {} allocated ({} orders whole) in {} ms ({} ms of CPU, {} ms"
              + " in garbage collection): {} lines allocated per CPU-second, {} lines considered per CPU-second;"
              + " {} lines allocated per second of wall-clock time; heap used after the run {} MiB",
          data.orders, data.workload.lines(), report.totals().lines(), report.totals().allocated(),
          nanos / 1_000_000, cpuNanos / 1_000_000, gcMillis, String.format("%.0f", report.totals().lines() / cpu),
          String.format("%.0f", data.workload.lines() / cpu),
          String.format("%.0f", report.totals().lines() / (nanos / 1e9)), heap >> 20);
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
          int onHand = data.workload.stock[s * LOCATIONS + loc];
          sellable[s * LOCATIONS + loc] = loc < WAREHOUSES ? onHand : Math.max(0, onHand - STORE_SAFETY_STOCK);
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
    long gc = gcMillis();
    long start = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    world.cpuNanos = CPU.getCurrentThreadCpuTime() - cpu;
    world.nanos = System.nanoTime() - start;
    world.gcMillis = gcMillis() - gc;
    return world.report;
  }

  /**
   * The time the JVM's collectors report for their collections so far: on G1, its pauses (Java 20 and later add its
   * concurrent cycles, which run beside the run thread and cost it no wall-clock time).
   */
  private static long gcMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
  }

  /** Greedy COMPLETE on int arrays: each order, in order, whole from the first location (by rank) that has it all. */
  @Benchmark
  public int allocationRunBaseline(Data data, Plain plain) {
    long start = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    AllocationWorkload w = data.workload;
    int[] sellable = plain.sellable;
    int shipments = 0;
    int allocatedLines = 0;
    for (int o = 0; o < w.orders; o++) {
      int from = w.firstLine[o];
      int to = w.firstLine[o + 1];
      for (int loc = 0; loc < LOCATIONS; loc++) {
        boolean all = true;
        for (int l = from; l < to && all; l++) {
          int need = 0;
          for (int k = from; k <= l; k++) {
            if (w.lineSku[k] == w.lineSku[l]) {
              need += w.lineQuantity[k];
            }
          }
          all = sellable[w.lineSku[l] * LOCATIONS + loc] >= need;
        }
        if (all) {
          for (int l = from; l < to; l++) {
            sellable[w.lineSku[l] * LOCATIONS + loc] -= w.lineQuantity[l];
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
