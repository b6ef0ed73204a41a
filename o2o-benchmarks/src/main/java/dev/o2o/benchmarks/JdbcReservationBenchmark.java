package dev.o2o.benchmarks;

import dev.o2o.adapters.jdbc.JdbcCatalogue;
import dev.o2o.adapters.jdbc.JdbcStockLedger;
import dev.o2o.adapters.jdbc.JdbcTransactions;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Stock reservations (ALLOCATE 1) per second on PostgreSQL through the JDBC adapter ({@code Inventory.apply}), beside a
 * hand-written JDBC baseline that does the same durable writes (the conditional position update and the ledger row,
 * in one transaction), and a bare conditional UPDATE in auto-commit (no ledger) for scale. Both take three round trips
 * per reservation: the adapter locks the position and looks the movement id up in one statement, writes the ledger row
 * and the position in a second (a data-modifying WITH), then commits; the SKU is not looked up in the catalogue, as its
 * position has stock; the baseline sends its UPDATE, its INSERT and the commit.
 *
 * <p>{@code skus} = 10000 spreads the threads over 10,000 SKUs; {@code skus} = 1 puts them all on one hot SKU. The
 * thread count is JMH's {@code -t}: for example {@code -p skus=1 -t 64}. Needs the PostgreSQL server
 * ({@code -Do2o.bench.postgres=<JDBC URL>}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class JdbcReservationBenchmark {

  static final LocationId WAREHOUSE = LocationId.warehouse("WH-BENCH");
  static final int STOCK = 1_000_000_000;

  /** One PostgreSQL schema with the SKUs received, shared by the trial's threads. */
  @State(Scope.Benchmark)
  public static class Database {
    @Param({"10000", "1"})
    public int skus;

    ServerBench server;
    JdbcTransactions transactions;
    Inventory inventory;
    SkuCode[] codes;
    final AtomicLong ids = new AtomicLong();
    final Actor actor = Actor.system("benchmark");
    final Reference reference = Reference.of(ReferenceKind.OTHER, "benchmark");
    final Instant at = Instant.parse("2026-11-02T00:00:00Z");

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
      server = new ServerBench(ServerBench.Server.POSTGRESQL, "reserve", Math.max(2, params.getThreads()));
      transactions = new JdbcTransactions(server.dataSource());
      JdbcCatalogue catalogue = new JdbcCatalogue(transactions);
      inventory = new Inventory(new JdbcStockLedger(transactions), catalogue, transactions);
      codes = new SkuCode[skus];
      List<Movement> receipts = new ArrayList<>();
      for (int i = 0; i < skus; i++) {
        codes[i] = SkuCode.of("BM-" + i);
        receipts.add(movement("receive-" + i, MovementKind.RECEIVE, codes[i], STOCK));
        if (receipts.size() == 500 || i == skus - 1) {
          List<Movement> batch = List.copyOf(receipts);
          int from = i - batch.size() + 1;
          transactions.run(() -> {
            for (int j = from; j < from + batch.size(); j++) {
              catalogue.save(new Sku(codes[j], StyleCode.of("BM"), "검정", "M", "벤치마크 " + j,
                  List.of(Ean13.withCheckDigit(String.format("880%09d", j)))));
            }
          });
          inventory.apply(batch);
          receipts.clear();
        }
      }
    }

    Movement movement(String id, MovementKind kind, SkuCode sku, int quantity) {
      return new Movement(MovementId.of(id), kind, sku, WAREHOUSE, Quantity.of(quantity), Optional.empty(), reference,
          at, actor, Optional.empty());
    }

    SkuCode anySku() {
      return codes[skus == 1 ? 0 : ThreadLocalRandom.current().nextInt(skus)];
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      server.close();
    }
  }

  @Benchmark
  public LedgerOutcome reserve(Database db) {
    return db.inventory.apply(db.movement("r-" + db.ids.incrementAndGet(), MovementKind.ALLOCATE, db.anySku(), 1));
  }

  /** The same durable writes by hand: the conditional position update and the ledger row, in one transaction. */
  @Benchmark
  public int reserveBaseline(Database db) throws SQLException {
    SkuCode sku = db.anySku();
    try (Connection c = db.server.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_stock_position SET allocated = allocated + 1"
          + " WHERE sku_code = ? AND location_kind = ? AND location_code = ?"
          + " AND on_hand - offline_scheduled - pickup_reserved - allocated >= 1");
          PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_stock_movement (movement_id, kind, sku_code,"
              + " location_kind, location_code, quantity, reference_kind, reference_id, at_nanos, actor_staff)"
              + " VALUES (?, 'ALLOCATE', ?, ?, ?, 1, 'OTHER', 'benchmark', 0, 'benchmark')")) {
        update.setString(1, sku.value());
        update.setString(2, WAREHOUSE.kind().name());
        update.setString(3, WAREHOUSE.code());
        int updated = update.executeUpdate();
        insert.setString(1, "b-" + db.ids.incrementAndGet());
        insert.setString(2, sku.value());
        insert.setString(3, WAREHOUSE.kind().name());
        insert.setString(4, WAREHOUSE.code());
        insert.executeUpdate();
        c.commit();
        return updated;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** A bare conditional UPDATE of the position, in auto-commit, with no ledger row: the floor of any reservation. */
  @Benchmark
  public int bareConditionalUpdate(Database db) throws SQLException {
    SkuCode sku = db.anySku();
    try (Connection c = db.server.dataSource().getConnection();
        PreparedStatement update = c.prepareStatement("UPDATE o2o_stock_position SET allocated = allocated + 1"
            + " WHERE sku_code = ? AND location_kind = ? AND location_code = ?"
            + " AND on_hand - offline_scheduled - pickup_reserved - allocated >= 1")) {
      update.setString(1, sku.value());
      update.setString(2, WAREHOUSE.kind().name());
      update.setString(3, WAREHOUSE.code());
      return update.executeUpdate();
    }
  }
}
