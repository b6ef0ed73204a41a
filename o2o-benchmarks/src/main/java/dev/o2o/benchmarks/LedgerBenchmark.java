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
 * <p>Each operation is one step of a cycle RECEIVE 2, ALLOCATE 1, SHIP 1 on one of 64 SKUs at one of 4 locations.
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
