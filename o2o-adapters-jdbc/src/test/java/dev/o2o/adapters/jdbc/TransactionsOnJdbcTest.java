package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Fixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockChangeListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unit of work under failure: a deadlock is retried and then reported clearly, a connection killed in the middle
 * of a transaction leaves nothing behind and the command succeeds once.
 */
abstract class TransactionsOnJdbcTest {

  private static final PositionKey FIRST = PositionKey.of(SkuCode.of("DEAD-A"), WAREHOUSE);
  private static final PositionKey SECOND = PositionKey.of(SkuCode.of("DEAD-B"), WAREHOUSE);

  private final Fixtures fixtures = new Fixtures();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private TestDatabase.Provisioned database;

  /** A fresh, migrated, empty schema of the backend under test. */
  abstract TestDatabase.Provisioned database();

  @BeforeEach
  void setUp() {
    database = database();
    JdbcBackend backend = JdbcBackend.on(database);
    backend.catalogue().save(Fixtures.sku("DEAD-A", 901));
    backend.catalogue().save(Fixtures.sku("DEAD-B", 902));
    backend.inventory().apply(List.of(fixtures.move(MovementKind.RECEIVE, FIRST.sku(), WAREHOUSE, 1),
        fixtures.move(MovementKind.RECEIVE, SECOND.sku(), WAREHOUSE, 1)));
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
  }

  @Test
  void givenTwoUnitsLockingInOppositeOrder_whenTheyDeadlock_thenTheVictimRunsAgainAndBothCommit() throws Exception {
    JdbcTransactions transactions = JdbcTransactions.builder(database.dataSource()).build();
    AtomicInteger attempts = new AtomicInteger();

    List<Integer> done = crossLock(transactions, attempts);

    assertThat(done).containsExactly(1, 2);
    assertThat(attempts.get()).as("attempts of both units").isGreaterThanOrEqualTo(3);
  }

  @Test
  void givenOneAttemptOnly_whenTwoUnitsDeadlock_thenTheVictimIsToldClearlyAndTheOtherCommits() throws Exception {
    JdbcTransactions transactions = JdbcTransactions.builder(database.dataSource()).maxAttempts(1).build();

    assertThatThrownBy(() -> crossLock(transactions, new AtomicInteger()))
        .satisfies(e -> assertThat(e.getCause()).isInstanceOf(RetriesExhaustedException.class)
            .hasMessageStartingWith("transaction gave up after 1 attempts, nothing of it was committed")
            .hasMessageContaining("could not lock the position of"));
  }

  /** Two units lock the two positions in opposite orders, meeting in the middle on their first attempt. */
  private List<Integer> crossLock(JdbcTransactions transactions, AtomicInteger attempts) throws Exception {
    JdbcStockLedger ledger = new JdbcStockLedger(transactions);
    CyclicBarrier middle = new CyclicBarrier(2);
    Future<Integer> one = threads.submit(() -> lockBoth(transactions, ledger, FIRST, SECOND, middle, attempts, 1));
    Future<Integer> two = threads.submit(() -> lockBoth(transactions, ledger, SECOND, FIRST, middle, attempts, 2));
    try {
      return List.of(one.get(), two.get());
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a unit failed", e.getCause());
    }
  }

  private static int lockBoth(JdbcTransactions transactions, JdbcStockLedger ledger, PositionKey first,
      PositionKey second, CyclicBarrier middle, AtomicInteger attempts, int result) {
    AtomicBoolean firstAttempt = new AtomicBoolean(true);
    return transactions.inTransaction(() -> {
      attempts.incrementAndGet();
      ledger.lockPositions(new TreeSet<>(Set.of(first)));
      if (firstAttempt.getAndSet(false)) {
        try {
          middle.await();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      ledger.lockPositions(new TreeSet<>(Set.of(second)));
      return result;
    });
  }

  @Test
  void givenConnectionKilledInTheMiddle_whenTheCommandRunsAgain_thenNothingPartialRemainsAndItAppliesOnce() {
    Assumptions.assumeTrue(database.database() != TestDatabase.H2,
        "H2 in memory has no connection to kill from outside; PostgreSQL and MariaDB run this test");
    AtomicBoolean killed = new AtomicBoolean();
    JdbcTransactions transactions = JdbcTransactions.builder(database.dataSource()).build();
    StockChangeListener killer = change -> {
      if (!killed.getAndSet(true)) {
        transactions.run("killing the connection", this::killOwnConnection);
        transactions.run("talking after being killed", c -> c.createStatement().execute("SELECT 1"));
      }
    };
    JdbcBackend backend = JdbcBackend.on(database, transactions);
    Inventory inventory = new Inventory(backend.stockLedger(), backend.catalogue(), transactions, List.of(killer));
    Movement allocate = fixtures.move(MovementKind.ALLOCATE, FIRST.sku(), WAREHOUSE, 1);

    LedgerOutcome outcome = inventory.apply(allocate);

    assertThat(killed).isTrue();
    assertThat(outcome).isInstanceOf(LedgerOutcome.Applied.class);
    assertThat(inventory.movementsOf(FIRST.sku())).filteredOn(m -> m.id().equals(allocate.id())).hasSize(1);
    assertThat(inventory.position(FIRST.sku(), WAREHOUSE).allocated()).isEqualTo(1);
    assertThat(inventory.reconcile().drifts()).isEmpty();
  }

  @Test
  void givenOneAttemptOnly_whenTheConnectionIsKilled_thenNothingRemainsAndTheCallerSendsItAgainOnce() {
    Assumptions.assumeTrue(database.database() != TestDatabase.H2,
        "H2 in memory has no connection to kill from outside; PostgreSQL and MariaDB run this test");
    AtomicBoolean killed = new AtomicBoolean();
    JdbcTransactions transactions = JdbcTransactions.builder(database.dataSource()).maxAttempts(1).build();
    StockChangeListener killer = change -> {
      if (!killed.getAndSet(true)) {
        transactions.run("killing the connection", this::killOwnConnection);
        transactions.run("talking after being killed", c -> c.createStatement().execute("SELECT 1"));
      }
    };
    JdbcBackend backend = JdbcBackend.on(database, transactions);
    Inventory inventory = new Inventory(backend.stockLedger(), backend.catalogue(), transactions, List.of(killer));
    Movement allocate = fixtures.move(MovementKind.ALLOCATE, FIRST.sku(), WAREHOUSE, 1);

    assertThatThrownBy(() -> inventory.apply(allocate)).isInstanceOf(RetriesExhaustedException.class);
    assertThat(inventory.movementsOf(FIRST.sku())).noneMatch(m -> m.id().equals(allocate.id()));
    assertThat(inventory.position(FIRST.sku(), WAREHOUSE).allocated()).isZero();

    assertThat(inventory.apply(allocate)).isInstanceOf(LedgerOutcome.Applied.class);
    assertThat(inventory.apply(allocate)).isInstanceOfSatisfying(LedgerOutcome.Applied.class,
        applied -> assertThat(applied.replayed()).containsExactly(allocate));
    assertThat(inventory.position(FIRST.sku(), WAREHOUSE).allocated()).isEqualTo(1);
  }

  /** Kills the connection of the running unit of work from another connection, as an operator would. */
  private void killOwnConnection(Connection own) throws java.sql.SQLException {
    long id;
    String sql = database.database() == TestDatabase.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
    try (Statement statement = own.createStatement(); ResultSet row = statement.executeQuery(sql)) {
      row.next();
      id = row.getLong(1);
    }
    try (Connection admin = database.dataSource().getConnection()) {
      if (database.database() == TestDatabase.POSTGRESQL) {
        try (PreparedStatement kill = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
          kill.setInt(1, (int) id);
          kill.execute();
        }
      } else {
        try (Statement kill = admin.createStatement()) {
          kill.execute("KILL " + id);
        }
      }
    }
  }
}
