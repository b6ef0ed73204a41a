package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Fixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The adapter under many threads at once, on a real pool of connections: no oversell, no deadlock reaching a caller,
 * one effect per idempotency key, conservation under random traffic, no outbox entry held by two relays at the same
 * moment. {@code -Do2o.reliability.repetitions=N} (default 200) and {@code -Do2o.reliability.operations=N} (default
 * 20,000) change the sizes.
 */
abstract class ConcurrencyOnJdbcTest {

  private static final int REPETITIONS = Integer.getInteger("o2o.reliability.repetitions", 200);
  private static final int OPERATIONS = Integer.getInteger("o2o.reliability.operations", 20_000);

  private final Fixtures fixtures = new Fixtures();
  private ExecutorService threads;
  private TestDatabase.Provisioned database;
  private JdbcBackend backend;
  private Inventory inventory;

  /** A fresh, migrated, empty schema of the backend under test. */
  abstract TestDatabase.Provisioned database();

  @BeforeEach
  void setUp() {
    database = database();
    backend = JdbcBackend.on(database);
    inventory = backend.inventory();
    threads = Executors.newFixedThreadPool(64);
  }

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
  }

  @Test
  void givenOneLastUnit_when64ThreadsAllocateItAtOnce_thenExactlyOneWinsEveryTime() throws Exception {
    for (int repetition = 0; repetition < REPETITIONS; repetition++) {
      SkuCode sku = SkuCode.of("LAST-" + repetition);
      backend.catalogue().save(Fixtures.sku(sku.value(), 1000 + repetition));
      inventory.apply(fixtures.move(MovementKind.RECEIVE, sku, WAREHOUSE, 1));
      List<Movement> attempts = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        attempts.add(fixtures.move(MovementKind.ALLOCATE, sku, WAREHOUSE, 1));
      }

      List<LedgerOutcome> outcomes = together(attempts.stream()
          .<Callable<LedgerOutcome>>map(movement -> () -> inventory.apply(movement)).toList());

      assertThat(outcomes).filteredOn(o -> o instanceof LedgerOutcome.Applied)
          .as("winners in repetition %d", repetition).hasSize(1);
      StockPosition position = inventory.position(sku, WAREHOUSE);
      assertThat(position.allocated()).isEqualTo(1);
      assertThat(position.available()).isZero();
    }
    assertThat(inventory.reconcile().drifts()).isEmpty();
  }

  @Test
  void givenMultiSkuBatchesInRandomOrder_whenManyThreadsApplyThem_thenEachCommitsWholeOrLeavesNoTrace()
      throws Exception {
    List<SkuCode> skus = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      SkuCode sku = SkuCode.of("MULTI-" + i);
      skus.add(sku);
      backend.catalogue().save(Fixtures.sku(sku.value(), 500 + i));
      inventory.apply(fixtures.move(MovementKind.RECEIVE, sku, WAREHOUSE, 150));
    }
    Random random = new Random(42);
    List<List<Movement>> batches = new ArrayList<>();
    for (int b = 0; b < 400; b++) {
      List<SkuCode> lines = new ArrayList<>(skus);
      Collections.shuffle(lines, random);
      List<Movement> batch = new ArrayList<>();
      for (SkuCode sku : lines.subList(0, 2 + random.nextInt(4))) {
        batch.add(fixtures.move(random.nextInt(4) == 0 ? MovementKind.STORE_SALE : MovementKind.ALLOCATE, sku,
            WAREHOUSE, 1 + random.nextInt(3)));
      }
      batches.add(batch);
    }

    List<LedgerOutcome> outcomes = together(batches.stream()
        .<Callable<LedgerOutcome>>map(batch -> () -> inventory.apply(batch)).toList());

    Set<MovementId> recorded = new HashSet<>();
    backend.stockLedger().forEachMovement(m -> recorded.add(m.id()));
    int allocated = 0;
    for (int b = 0; b < batches.size(); b++) {
      List<MovementId> ids = batches.get(b).stream().map(Movement::id).toList();
      if (outcomes.get(b) instanceof LedgerOutcome.Applied) {
        assertThat(recorded).containsAll(ids);
        allocated += batches.get(b).stream().filter(m -> m.kind() == MovementKind.ALLOCATE)
            .mapToInt(m -> m.quantity().value()).sum();
      } else {
        assertThat(recorded).doesNotContainAnyElementsOf(ids);
      }
    }
    assertThat(outcomes).filteredOn(o -> o instanceof LedgerOutcome.Refused).isNotEmpty();
    assertThat(inventory.stockAt(WAREHOUSE).positions().stream().mapToInt(StockPosition::allocated).sum())
        .isEqualTo(allocated);
    assertThat(inventory.reconcile().drifts()).isEmpty();
  }

  @Test
  void givenRandomReserveReleaseShipAndReceive_when8ThreadsRunThem_thenPositionsEqualTheLedgersFold()
      throws Exception {
    List<SkuCode> skus = List.of(SkuCode.of("CONS-A"), SkuCode.of("CONS-B"), SkuCode.of("CONS-C"));
    List<dev.o2o.core.model.LocationId> locations = List.of(WAREHOUSE, Fixtures.OTHER_WAREHOUSE);
    for (int i = 0; i < skus.size(); i++) {
      backend.catalogue().save(Fixtures.sku(skus.get(i).value(), 700 + i));
    }
    MovementKind[] kinds = {MovementKind.RECEIVE, MovementKind.ALLOCATE, MovementKind.ALLOCATE,
        MovementKind.DEALLOCATE, MovementKind.SHIP};
    AtomicInteger applied = new AtomicInteger();
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      Random random = new Random(1000 + w);
      workers.add(() -> {
        int mine = 0;
        for (int op = 0; op < OPERATIONS / 8; op++) {
          Movement movement = fixtures.move(kinds[random.nextInt(kinds.length)], skus.get(random.nextInt(skus.size())),
              locations.get(random.nextInt(locations.size())), 1 + random.nextInt(3));
          if (inventory.apply(movement) instanceof LedgerOutcome.Applied) {
            mine++;
          }
        }
        applied.addAndGet(mine);
        return mine;
      });
    }

    together(workers);

    var reconciliation = inventory.reconcile();
    assertThat(reconciliation.drifts()).isEmpty();
    assertThat(reconciliation.movementsFolded()).isEqualTo(applied.get());
    for (StockPosition position : backend.stockLedger().allPositions()) {
      assertThat(position.figures().violation()).as("position %s", position.key()).isEmpty();
    }
  }

  @Test
  void givenOneMovement_when8ThreadsSendItAtOnceAndOnceMoreLater_thenItHasOneEffect() throws Exception {
    SkuCode sku = SkuCode.of("IDEMPOTENT");
    backend.catalogue().save(Fixtures.sku(sku.value(), 77));
    Movement receive = fixtures.move(MovementKind.RECEIVE, sku, WAREHOUSE, 5);

    List<LedgerOutcome> outcomes = together(Collections.nCopies(8, () -> inventory.apply(receive)));
    LedgerOutcome later = inventory.apply(receive);

    assertThat(outcomes).allMatch(o -> o instanceof LedgerOutcome.Applied);
    assertThat(outcomes).filteredOn(o -> ((LedgerOutcome.Applied) o).replayed().isEmpty()).hasSize(1);
    assertThat(later).isInstanceOfSatisfying(LedgerOutcome.Applied.class,
        applied -> assertThat(applied.replayed()).containsExactly(receive));
    assertThat(inventory.position(sku, WAREHOUSE).onHand()).isEqualTo(5);
    assertThat(inventory.movementsOf(sku)).hasSize(1);
  }

  @Test
  void givenAWriterHoldingThePositionWithTheMovementUncommitted_whenTheSameMovementComes_thenItIsReplayedOnce()
      throws Exception {
    SkuCode sku = SkuCode.of("HELD");
    backend.catalogue().save(Fixtures.sku(sku.value(), 78));
    inventory.apply(fixtures.move(MovementKind.RECEIVE, sku, WAREHOUSE, 5));
    Movement allocate = fixtures.move(MovementKind.ALLOCATE, sku, WAREHOUSE, 2);
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<LedgerOutcome> first = threads.submit(() -> backend.transactions().inTransaction(() -> {
      LedgerOutcome outcome = inventory.apply(allocate);
      recorded.countDown();
      try {
        commit.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return outcome;
    }));
    recorded.await();
    Future<LedgerOutcome> second = threads.submit(() -> inventory.apply(allocate));
    // Time for the second to look the movement up and wait for the position the first holds (on PostgreSQL its
    // look-up, in the locking statement, then reads the ledger as it was before the first committed).
    Thread.sleep(300);
    commit.countDown();

    assertThat(first.get()).isInstanceOfSatisfying(LedgerOutcome.Applied.class,
        applied -> assertThat(applied.replayed()).isEmpty());
    assertThat(second.get()).isInstanceOfSatisfying(LedgerOutcome.Applied.class,
        applied -> assertThat(applied.replayed()).containsExactly(allocate));
    assertThat(inventory.position(sku, WAREHOUSE).allocated()).isEqualTo(2);
    assertThat(inventory.movementsOf(sku)).hasSize(2);
  }

  @Test
  void givenWaitingEvents_when4RelaysClaimAtOnce_thenEveryEventIsDeliveredAndNoneIsHeldByTwo() throws Exception {
    int events = 300;
    for (int i = 0; i < events; i++) {
      backend.outbox().append(new MallEvent.OrderShipped("mall", "M-" + i, "S-" + i, "CJ", "W-" + i),
          Fixtures.T0.plusMillis(i));
    }
    Instant now = Fixtures.T0.plus(Duration.ofHours(1));
    Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    Set<Long> delivered = ConcurrentHashMap.newKeySet();
    AtomicInteger heldByTwo = new AtomicInteger();
    AtomicInteger deliveredTwice = new AtomicInteger();
    Callable<Integer> relay = () -> {
      int sent = 0;
      while (true) {
        List<OutboxEntry> claimed = backend.outbox().claim(7, now, Duration.ofMinutes(5));
        if (claimed.isEmpty()) {
          return sent;
        }
        for (OutboxEntry entry : claimed) {
          if (!inFlight.add(entry.id())) {
            heldByTwo.incrementAndGet();
          }
        }
        for (OutboxEntry entry : claimed) {
          if (!delivered.add(entry.id())) {
            deliveredTwice.incrementAndGet();
          }
          inFlight.remove(entry.id());
        }
        backend.outbox().acknowledge(claimed.stream().map(OutboxEntry::id).toList());
        sent += claimed.size();
      }
    };

    List<Integer> sent = together(List.of(relay, relay, relay, relay));

    assertThat(heldByTwo).hasValue(0);
    assertThat(deliveredTwice).hasValue(0);
    assertThat(delivered).hasSize(events);
    assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events);
    assertThat(backend.outbox().pendingCount()).isZero();
  }

  /** Runs every task on its own thread, all released at the same moment; their results in order. */
  private <T> List<T> together(List<Callable<T>> tasks) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        return task.call();
      }));
    }
    if (tasks.size() <= 64) {
      ready.await();
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      try {
        results.add(future.get());
      } catch (ExecutionException e) {
        throw new AssertionError("a caller saw " + e.getCause(), e.getCause());
      }
    }
    return results;
  }
}
