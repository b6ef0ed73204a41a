package dev.o2o.benchmarks;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.Reference;
import dev.o2o.core.stock.ReferenceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applying movements to the in-memory ledger through {@link Inventory} (rules, idempotency check, positions and ledger
 * kept, all under the in-memory transaction lock), one thread and two, beside a baseline that does the same bucket
 * arithmetic and invariant checks on plain int arrays.
 *
 * <p>Each operation of the one-movement cases is one step of a cycle RECEIVE 2, ALLOCATE 1, SHIP 1 on one of 64 SKUs
 * at one of 4 locations. The batch case books what an allocation run's commit books: batches of
 * {@value RunLedger#BATCH} ALLOCATE movements over the run benchmark's 20,000 SKUs at 10 locations, the SKUs drawn as
 * its order lines are (Zipf-skewed, {@link AllocationWorkload}); its score counts movements.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class LedgerBenchmark {

  static final int SKUS = 64;
  static final int LOCATIONS = 4;
  static final MovementKind[] CYCLE = {MovementKind.RECEIVE, MovementKind.ALLOCATE, MovementKind.SHIP};
  static final int[] CYCLE_QUANTITY = {2, 1, 1};

  /** The in-memory backend, shared by the benchmark's threads and fresh for every iteration. */
  @State(Scope.Benchmark)
  public static class Backend {
    Inventory inventory;
    SkuCode[] skus;
    LocationId[] locations;
    final AtomicLong ids = new AtomicLong();
    final Actor actor = Actor.system("benchmark");
    final Reference reference = Reference.of(ReferenceKind.OTHER, "benchmark");
    final Instant at = Instant.parse("2026-11-02T00:00:00Z");

    @Setup(Level.Iteration)
    public void setUp() {
      InMemoryTransactions transactions = new InMemoryTransactions();
      InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
      inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
      skus = new SkuCode[SKUS];
      for (int i = 0; i < SKUS; i++) {
        skus[i] = SkuCode.of("BM-" + i);
        catalogue.save(new Sku(skus[i], StyleCode.of("BM"), "검정", "M", "벤치마크 " + i,
            List.of(Ean13.withCheckDigit(String.format("880%09d", i)))));
      }
      locations = new LocationId[LOCATIONS];
      for (int i = 0; i < LOCATIONS; i++) {
        locations[i] = LocationId.warehouse("WH-" + i);
      }
    }
  }

  /** What the batch case books: the run benchmark's order lines (SKU and quantity), its SKU codes and locations. */
  @State(Scope.Benchmark)
  public static class RunLines {
    static final int SKUS = AllocationBenchmark.SKUS;
    static final int LOCATIONS = AllocationBenchmark.LOCATIONS;

    int[] lineSku;
    int[] lineQuantity;
    SkuCode[] skus;
    Sku[] catalogue;
    LocationId[] locations;

    @Setup(Level.Trial)
    public void draw() {
      AllocationWorkload workload = new AllocationWorkload(SKUS, AllocationBenchmark.WAREHOUSES,
          AllocationBenchmark.STORES, 100_000);
      lineSku = workload.lineSku;
      lineQuantity = workload.lineQuantity;
      skus = new SkuCode[SKUS];
      catalogue = new Sku[SKUS];
      for (int s = 0; s < SKUS; s++) {
        catalogue[s] = AllocationWorkload.sku(s);
        skus[s] = catalogue[s].code();
      }
      locations = new LocationId[LOCATIONS];
      for (int l = 0; l < LOCATIONS; l++) {
        locations[l] = LocationId.warehouse("WH-" + l);
      }
    }
  }

  /**
   * The allocation run's ledger, fresh for every iteration: every SKU at every location with a million units (so that
   * no batch is refused), and the order lines to book, in turn.
   */
  @State(Scope.Thread)
  public static class RunLedger {
    static final int BATCH = 300;
    static final int STOCK = 1_000_000;

    RunLines lines;
    Inventory inventory;
    int next;
    long ids;
    final Actor actor = Actor.system("benchmark");
    final Instant at = Instant.parse("2026-11-02T00:00:00Z");

    @Setup(Level.Iteration)
    public void stock(RunLines drawn) {
      lines = drawn;
      // The last iteration's ledger is let go and collected now, not during this one's measurement.
      inventory = null;
      System.gc();
      InMemoryTransactions transactions = new InMemoryTransactions();
      InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
      for (Sku sku : lines.catalogue) {
        catalogue.save(sku);
      }
      // Every position is stocked, so the batches never ask the catalogue whether a SKU is known.
      inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
      List<Movement> receipts = new ArrayList<>(RunLines.LOCATIONS);
      for (int s = 0; s < RunLines.SKUS; s++) {
        receipts.clear();
        for (int l = 0; l < RunLines.LOCATIONS; l++) {
          receipts.add(new Movement(MovementId.of("R-" + s + "-" + l), MovementKind.RECEIVE, lines.skus[s],
              lines.locations[l], Quantity.of(STOCK), Optional.empty(), Reference.of(ReferenceKind.RECEIPT, "R-" + s),
              at, actor, Optional.empty()));
        }
        inventory.apply(receipts);
      }
      next = 0;
    }

    /** The next batch: the next order lines' SKUs and quantities, each at one of the locations in turn. */
    List<Movement> nextBatch() {
      Movement[] batch = new Movement[BATCH];
      Reference reference = Reference.of(ReferenceKind.SHIPMENT, "B-" + ids);
      for (int m = 0; m < BATCH; m++) {
        int line = next++ % lines.lineSku.length;
        batch[m] = new Movement(MovementId.of("ALLOCATE:B-" + ids++), MovementKind.ALLOCATE,
            lines.skus[lines.lineSku[line]], lines.locations[line % RunLines.LOCATIONS],
            Quantity.of(lines.lineQuantity[line]), Optional.empty(), reference, at, actor, Optional.empty());
      }
      return List.of(batch);
    }
  }

  /** The batch baseline's positions: five int buckets per SKU and location, stocked as {@link RunLedger}'s. */
  @State(Scope.Thread)
  public static class RunArrays {
    RunLines lines;
    int[][] buckets;
    int next;

    @Setup(Level.Iteration)
    public void stock(RunLines drawn) {
      lines = drawn;
      buckets = new int[RunLines.SKUS * RunLines.LOCATIONS][5];
      for (int[] position : buckets) {
        position[0] = RunLedger.STOCK;
      }
      next = 0;
    }
  }

  /** Where one thread is in its cycle of movements. */
  @State(Scope.Thread)
  public static class Cursor {
    long step;
  }

  /** The baseline's positions: five int buckets per SKU and location, one set per thread. */
  @State(Scope.Thread)
  public static class Arrays {
    int[][] buckets;

    @Setup(Level.Iteration)
    public void setUp() {
      buckets = new int[SKUS * LOCATIONS][5];
    }
  }

  @Benchmark
  @Threads(1)
  public LedgerOutcome inMemoryLedgerOneThread(Backend backend, Cursor cursor) {
    return applyNext(backend, cursor);
  }

  @Benchmark
  @Threads(1)
  public int inMemoryLedgerOneThreadBaseline(Arrays arrays, Cursor cursor) {
    return arithmeticNext(arrays, cursor);
  }

  @Benchmark
  @Threads(2)
  public LedgerOutcome inMemoryLedgerTwoThreads(Backend backend, Cursor cursor) {
    return applyNext(backend, cursor);
  }

  @Benchmark
  @Threads(2)
  public int inMemoryLedgerTwoThreadsBaseline(Arrays arrays, Cursor cursor) {
    return arithmeticNext(arrays, cursor);
  }

  @Benchmark
  @OperationsPerInvocation(RunLedger.BATCH)
  public LedgerOutcome inMemoryLedgerBatch(RunLedger run) {
    return run.inventory.apply(run.nextBatch());
  }

  /** The same batch on plain arrays: each movement's position found by index, allocated and checked. */
  @Benchmark
  @OperationsPerInvocation(RunLedger.BATCH)
  public int inMemoryLedgerBatchBaseline(RunArrays arrays) {
    RunLines lines = arrays.lines;
    int allocated = 0;
    for (int m = 0; m < RunLedger.BATCH; m++) {
      int line = arrays.next++ % lines.lineSku.length;
      int[] b = arrays.buckets[lines.lineSku[line] * RunLines.LOCATIONS + line % RunLines.LOCATIONS];
      int quantity = lines.lineQuantity[line];
      if (b[0] - b[2] - b[3] - b[1] - quantity >= 0) {
        b[1] += quantity;
        allocated++;
      }
    }
    return allocated;
  }

  private static LedgerOutcome applyNext(Backend backend, Cursor cursor) {
    long step = cursor.step++;
    int phase = (int) (step % CYCLE.length);
    int position = (int) ((step / CYCLE.length) % (SKUS * LOCATIONS));
    Movement movement = new Movement(MovementId.of("m" + backend.ids.incrementAndGet()), CYCLE[phase],
        backend.skus[position % SKUS], backend.locations[position / SKUS], Quantity.of(CYCLE_QUANTITY[phase]),
        Optional.empty(), backend.reference, backend.at, backend.actor, Optional.empty());
    return backend.inventory.apply(movement);
  }

  /** The same effects and refusal checks as {@link dev.o2o.core.stock.StockRules}, on a plain array. */
  private static int arithmeticNext(Arrays arrays, Cursor cursor) {
    long step = cursor.step++;
    int phase = (int) (step % CYCLE.length);
    int[] b = arrays.buckets[(int) ((step / CYCLE.length) % (SKUS * LOCATIONS))];
    int q = CYCLE_QUANTITY[phase];
    int onHand = b[0];
    int allocated = b[1];
    switch (phase) {
      case 0 -> onHand += q;
      case 1 -> allocated += q;
      default -> {
        onHand -= q;
        allocated -= q;
      }
    }
    boolean ok = onHand >= 0 && allocated >= 0 && b[2] >= 0 && b[3] >= 0 && b[4] >= 0
        && onHand - b[2] - b[3] - allocated >= 0;
    if (ok) {
      b[0] = onHand;
      b[1] = allocated;
    }
    return ok ? onHand : -1;
  }
}
