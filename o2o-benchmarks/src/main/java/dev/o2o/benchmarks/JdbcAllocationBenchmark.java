package dev.o2o.benchmarks;

import dev.o2o.adapters.jdbc.EmbeddedH2;
import dev.o2o.adapters.jdbc.JdbcCatalogue;
import dev.o2o.adapters.jdbc.JdbcLocationDirectory;
import dev.o2o.adapters.jdbc.JdbcOrderStore;
import dev.o2o.adapters.jdbc.JdbcSchema;
import dev.o2o.adapters.jdbc.JdbcShipmentStore;
import dev.o2o.adapters.jdbc.JdbcStockLedger;
import dev.o2o.adapters.jdbc.JdbcTransactions;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
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
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One COMPLETE allocation run of 10,000 orders committed to a database through the JDBC adapter (the allocator commits
 * groups in batches, and saves each batch's orders and shipments together), beside the same run on the in-memory
 * ports as the baseline: the ratio is the price of durability. The database is PostgreSQL ({@code -p
 * database=postgresql}), MariaDB ({@code -p database=mariadb}) or an H2 file in a temporary folder ({@code -p
 * database=h2}, the embedded default). 2,000 SKUs at 6 warehouses, orders of about
 * three lines with Zipf-skewed demand, stock for roughly what is asked ({@code AllocationWorkload} draws them and builds
 * the world; the catalogue is saved in one transaction, the orders in transactions of 1,000); each measurement is one
 * run on a freshly built world (single shot). PostgreSQL and MariaDB need their servers ({@code -Do2o.bench.postgres}
 * and {@code -Do2o.bench.mariadb} give their JDBC URLs).
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
  static final int WAREHOUSES = 6;
  static final int ORDERS_PER_TRANSACTION = 1000;

  /** The generated demand and stock, the same for both runs. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000"})
    public int orders;

    AllocationWorkload workload;

    @Setup(Level.Trial)
    public void generate() {
      workload = new AllocationWorkload(SKUS, WAREHOUSES, 0, orders);
    }
  }

  /** A world on the database, fresh for every run: a schema of its own on PostgreSQL, a new file on H2. */
  @State(Scope.Thread)
  public static class OnDatabase {
    @Param({"postgresql", "mariadb", "h2"})
    public String database;

    AutoCloseable server;
    OrderAllocator allocator;
    AllocationReport report;

    @Setup(Level.Iteration)
    public void build(Data data) throws IOException {
      DataSource dataSource;
      if (database.equals("h2")) {
        Path folder = Files.createTempDirectory("o2o-bench-h2");
        JdbcConnectionPool pool = EmbeddedH2.file(folder.resolve("o2o"));
        JdbcSchema.migrate(pool);
        dataSource = pool;
        server = () -> {
          pool.dispose();
          try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
              Files.delete(file);
            }
          }
          Files.delete(folder);
        };
      } else {
        ServerBench bench = new ServerBench(ServerBench.Server.valueOf(database.toUpperCase(Locale.ROOT)),
            "allocation", 4);
        dataSource = bench.dataSource();
        server = bench;
      }
      JdbcTransactions tx = new JdbcTransactions(dataSource);
      long start = System.nanoTime();
      allocator = world(data, new AllocationWorkload.Ports(tx, new JdbcStockLedger(tx), new JdbcCatalogue(tx),
          new JdbcLocationDirectory(tx), new JdbcOrderStore(tx), new JdbcShipmentStore(tx)));
      log.info("{} world built in {} ms", database, (System.nanoTime() - start) / 1_000_000);
    }

    @TearDown(Level.Iteration)
    public void drop() throws Exception {
      if (report != null) {
        log.info("{} run: {} orders allocated whole, {} lines in {} shipments", database, report.totals().allocated(),
            report.totals().lines(), report.totals().shipments());
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
      allocator = world(data, new AllocationWorkload.Ports(tx, new InMemoryStockLedger(tx), new InMemoryCatalogue(tx),
          new InMemoryLocationDirectory(tx), new InMemoryOrderStore(tx), new InMemoryShipmentStore(tx)));
    }

    @TearDown(Level.Iteration)
    public void report() {
      if (report != null) {
        log.info("in-memory run: {} orders allocated whole, {} lines in {} shipments", report.totals().allocated(),
            report.totals().lines(), report.totals().shipments());
      }
    }
  }

  /** The world on {@code ports}: no stores, the catalogue saved in one transaction, the orders in batches. */
  static OrderAllocator world(Data data, AllocationWorkload.Ports ports) {
    return data.workload.world(ports, 0, true, ORDERS_PER_TRANSACTION);
  }

  @Benchmark
  public AllocationReport allocationRunOnDatabase(OnDatabase world) {
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    return world.report;
  }

  /** The same run on the in-memory ports. */
  @Benchmark
  public AllocationReport allocationRunOnDatabaseBaseline(InMemory world) {
    world.report = world.allocator.run(AllocationRequest.commit(AllocationPolicies.COMPLETE,
        Actor.system("benchmark")));
    return world.report;
  }
}
