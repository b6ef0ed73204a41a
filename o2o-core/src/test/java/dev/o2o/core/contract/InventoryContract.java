package dev.o2o.core.contract;

import static dev.o2o.core.contract.StockFixtures.OTHER_WAREHOUSE;
import static dev.o2o.core.contract.StockFixtures.STORE;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static dev.o2o.core.stock.MovementKind.ADJUST_IN;
import static dev.o2o.core.stock.MovementKind.ADJUST_OUT;
import static dev.o2o.core.stock.MovementKind.ALLOCATE;
import static dev.o2o.core.stock.MovementKind.DEALLOCATE;
import static dev.o2o.core.stock.MovementKind.PICKUP_HANDOVER;
import static dev.o2o.core.stock.MovementKind.PICKUP_RELEASE;
import static dev.o2o.core.stock.MovementKind.PICKUP_RESERVE;
import static dev.o2o.core.stock.MovementKind.SCHEDULE_OFFLINE;
import static dev.o2o.core.stock.MovementKind.SHIP;
import static dev.o2o.core.stock.MovementKind.SHIP_OFFLINE;
import static dev.o2o.core.stock.MovementKind.STORE_SALE;
import static dev.o2o.core.stock.MovementKind.TRANSFER_RECEIVE;
import static dev.o2o.core.stock.MovementKind.UNSCHEDULE_OFFLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.UnknownSkuException;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Bucket;
import dev.o2o.core.stock.IdempotencyConflictException;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.Reconciliation;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.stock.StockRefusal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.o2o.core.stock.StockLedger} with {@link dev.o2o.core.tx.TransactionRunner}, as seen
 * through {@link Inventory}: every movement kind, every refusal, idempotency, batches, queries, reconciliation,
 * rollback and concurrency.
 */
public abstract class InventoryContract {

  protected CoreBackend backend;
  protected Inventory inventory;
  protected final StockFixtures fixtures = new StockFixtures("contract");
  protected final SkuCode tee = SkuCode.of("TS24-BLK-M");
  protected final SkuCode teeLarge = SkuCode.of("TS24-BLK-L");
  protected final SkuCode coat = SkuCode.of("CT24-NAV-M");

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  /** How many threads the concurrency test runs. */
  protected int threads() {
    return 8;
  }

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    inventory = backend.inventory();
    StockFixtures.registerSku(backend.catalogue(), tee.value(), "TS24");
    StockFixtures.registerSku(backend.catalogue(), teeLarge.value(), "TS24");
    StockFixtures.registerSku(backend.catalogue(), coat.value(), "CT24");
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private StockPosition at(SkuCode sku, dev.o2o.core.model.LocationId location) {
    return inventory.position(sku, location);
  }

  private LedgerOutcome apply(Movement... movements) {
    return inventory.apply(List.of(movements));
  }

  private StockRefusal refusalOf(LedgerOutcome outcome) {
    assertThat(outcome).isInstanceOf(LedgerOutcome.Refused.class);
    return ((LedgerOutcome.Refused) outcome).refusal();
  }

  // --- every movement kind ---

  @Test
  void givenNothing_whenReceived_thenOnHandGrows() {
    assertThat(apply(fixtures.receive(tee, WAREHOUSE, 5)).isApplied()).isTrue();
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(5, 0, 0, 0, 0));
  }

  @Test
  void givenStock_whenCountAdjustsUpAndDown_thenOnHandFollows() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    apply(fixtures.move(ADJUST_IN, tee, WAREHOUSE, 2));
    apply(fixtures.move(ADJUST_OUT, tee, WAREHOUSE, 4));
    assertThat(at(tee, WAREHOUSE).onHand()).isEqualTo(3);
  }

  @Test
  void givenStock_whenAllocatedThenDeallocated_thenAllocatedFollowsAndAvailableShrinks() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    apply(fixtures.move(ALLOCATE, tee, WAREHOUSE, 3));
    assertThat(at(tee, WAREHOUSE).allocated()).isEqualTo(3);
    assertThat(at(tee, WAREHOUSE).availableBeforeAllocation()).isEqualTo(5);
    assertThat(at(tee, WAREHOUSE).available()).isEqualTo(2);
    apply(fixtures.move(DEALLOCATE, tee, WAREHOUSE, 1));
    assertThat(at(tee, WAREHOUSE).allocated()).isEqualTo(2);
  }

  @Test
  void givenAllocatedStock_whenShipped_thenOnHandAndAllocatedBothFall() {
    apply(fixtures.receive(tee, WAREHOUSE, 5), fixtures.move(ALLOCATE, tee, WAREHOUSE, 3));
    apply(fixtures.move(SHIP, tee, WAREHOUSE, 2));
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(3, 1, 0, 0, 0));
  }

  @Test
  void givenStock_whenOfflineOutboundScheduledUnscheduledAndShipped_thenBucketsFollow() {
    apply(fixtures.receive(tee, WAREHOUSE, 10));
    apply(fixtures.move(SCHEDULE_OFFLINE, tee, WAREHOUSE, 6));
    apply(fixtures.move(UNSCHEDULE_OFFLINE, tee, WAREHOUSE, 2));
    assertThat(at(tee, WAREHOUSE).offlineScheduled()).isEqualTo(4);
    assertThat(at(tee, WAREHOUSE).availableBeforeAllocation()).isEqualTo(6);
    apply(fixtures.move(SHIP_OFFLINE, tee, WAREHOUSE, 4));
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(6, 0, 0, 0, 0));
  }

  @Test
  void givenStock_whenTransferredAndReceived_thenItIsInTransitInBetween() {
    apply(fixtures.receive(tee, WAREHOUSE, 10));
    apply(fixtures.dispatch(tee, WAREHOUSE, STORE, 4));
    assertThat(at(tee, WAREHOUSE).onHand()).isEqualTo(6);
    assertThat(at(tee, STORE).figures()).isEqualTo(new StockFigures(0, 0, 0, 0, 4));
    apply(fixtures.move(TRANSFER_RECEIVE, tee, STORE, 4));
    assertThat(at(tee, STORE).figures()).isEqualTo(new StockFigures(4, 0, 0, 0, 0));
  }

  @Test
  void givenStoreStock_whenReservedForPickupReleasedAndHandedOver_thenBucketsFollow() {
    apply(fixtures.receive(tee, STORE, 5));
    apply(fixtures.move(PICKUP_RESERVE, tee, STORE, 3));
    apply(fixtures.move(PICKUP_RELEASE, tee, STORE, 1));
    assertThat(at(tee, STORE).pickupReserved()).isEqualTo(2);
    assertThat(at(tee, STORE).availableBeforeAllocation()).isEqualTo(3);
    apply(fixtures.move(PICKUP_HANDOVER, tee, STORE, 2));
    assertThat(at(tee, STORE).figures()).isEqualTo(new StockFigures(3, 0, 0, 0, 0));
  }

  @Test
  void givenStoreStock_whenSoldAtTheTill_thenOnHandFalls() {
    apply(fixtures.receive(tee, STORE, 5));
    apply(fixtures.move(STORE_SALE, tee, STORE, 2));
    assertThat(at(tee, STORE).onHand()).isEqualTo(3);
  }

  // --- every refusal ---

  @Test
  void givenTwoAvailable_whenThreeAreAllocated_thenRefusedNamingSkuLocationAndBucket() {
    apply(fixtures.receive(tee, WAREHOUSE, 2));
    StockRefusal refusal = refusalOf(apply(fixtures.move(ALLOCATE, tee, WAREHOUSE, 3)));
    assertThat(refusal.sku()).isEqualTo(tee);
    assertThat(refusal.location()).isEqualTo(WAREHOUSE);
    assertThat(refusal.bucket()).isEqualTo(Bucket.AVAILABLE);
    assertThat(refusal.requested()).isEqualTo(3);
    assertThat(refusal.present()).isEqualTo(2);
    assertThat(refusal.message()).contains("TS24-BLK-M", "WAREHOUSE:WH-ICHEON", "AVAILABLE", "3", "2");
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(2, 0, 0, 0, 0));
  }

  @Test
  void givenPromisedStock_whenEveryPromisingKindAsksTooMuch_thenEachIsRefusedAndNothingChanges() {
    apply(fixtures.receive(tee, STORE, 4), fixtures.move(ALLOCATE, tee, STORE, 1),
        fixtures.move(SCHEDULE_OFFLINE, tee, STORE, 1), fixtures.move(PICKUP_RESERVE, tee, STORE, 1));
    StockPosition before = at(tee, STORE);
    for (MovementKind kind : List.of(ALLOCATE, SCHEDULE_OFFLINE, PICKUP_RESERVE, STORE_SALE, ADJUST_OUT)) {
      StockRefusal refusal = refusalOf(apply(fixtures.move(kind, tee, STORE, 2)));
      assertThat(refusal.kind()).isEqualTo(kind);
      assertThat(refusal.bucket()).isEqualTo(Bucket.AVAILABLE);
      assertThat(refusal.present()).isEqualTo(1);
    }
    StockRefusal transfer = refusalOf(apply(fixtures.dispatch(tee, STORE, WAREHOUSE, 2)));
    assertThat(transfer.bucket()).isEqualTo(Bucket.AVAILABLE);
    assertThat(at(tee, STORE)).isEqualTo(before);
    assertThat(at(tee, WAREHOUSE).inTransit()).isZero();
  }

  @Test
  void givenEmptyBuckets_whenReleasingKindsAskForMore_thenEachIsRefusedNamingItsBucket() {
    apply(fixtures.receive(tee, STORE, 4));
    assertThat(refusalOf(apply(fixtures.move(DEALLOCATE, tee, STORE, 1))).bucket()).isEqualTo(Bucket.ALLOCATED);
    assertThat(refusalOf(apply(fixtures.move(SHIP, tee, STORE, 1))).bucket()).isEqualTo(Bucket.ALLOCATED);
    assertThat(refusalOf(apply(fixtures.move(UNSCHEDULE_OFFLINE, tee, STORE, 1))).bucket())
        .isEqualTo(Bucket.OFFLINE_SCHEDULED);
    assertThat(refusalOf(apply(fixtures.move(SHIP_OFFLINE, tee, STORE, 1))).bucket())
        .isEqualTo(Bucket.OFFLINE_SCHEDULED);
    assertThat(refusalOf(apply(fixtures.move(PICKUP_RELEASE, tee, STORE, 1))).bucket())
        .isEqualTo(Bucket.PICKUP_RESERVED);
    assertThat(refusalOf(apply(fixtures.move(PICKUP_HANDOVER, tee, STORE, 1))).bucket())
        .isEqualTo(Bucket.PICKUP_RESERVED);
    assertThat(refusalOf(apply(fixtures.move(TRANSFER_RECEIVE, tee, STORE, 1))).bucket())
        .isEqualTo(Bucket.IN_TRANSIT);
    assertThat(refusalOf(apply(fixtures.move(ADJUST_OUT, tee, WAREHOUSE, 1))).bucket()).isEqualTo(Bucket.ON_HAND);
    assertThat(at(tee, STORE).figures()).isEqualTo(new StockFigures(4, 0, 0, 0, 0));
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenUnknownSku_whenMoved_thenRefusedNamingTheSku() {
    SkuCode unknown = SkuCode.of("NOPE-1");
    assertThatThrownBy(() -> apply(fixtures.receive(unknown, WAREHOUSE, 1)))
        .isInstanceOf(UnknownSkuException.class)
        .hasMessageContaining("NOPE-1");
    assertThat(inventory.stockOf(unknown).positions()).isEmpty();
  }

  @Test
  void givenBatchOfAStockedSkuAndAnUnknownOne_whenApplied_thenRefusedNamingTheUnknownAndNothingChanges() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    SkuCode unknown = SkuCode.of("NOPE-2");

    assertThatThrownBy(() -> apply(
            fixtures.move(ALLOCATE, tee, WAREHOUSE, 1), fixtures.receive(unknown, WAREHOUSE, 1)))
        .isInstanceOf(UnknownSkuException.class)
        .hasMessageContaining("NOPE-2");
    assertThat(at(tee, WAREHOUSE).allocated()).isZero();
    assertThat(inventory.stockOf(unknown).positions()).isEmpty();
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenUnknownSku_whenItsSafetyStockIsSet_thenRefusedAndNoPositionAppears() {
    SkuCode unknown = SkuCode.of("NOPE-3");

    assertThatThrownBy(() -> inventory.setSafetyStock(unknown, STORE, Quantity.of(2)))
        .isInstanceOf(UnknownSkuException.class)
        .hasMessageContaining("NOPE-3");
    assertThatThrownBy(() -> inventory.setSafetyStock(unknown, STORE, Quantity.of(0)))
        .isInstanceOf(UnknownSkuException.class);
    assertThat(inventory.stockOf(unknown).positions()).isEmpty();
  }

  @Test
  void givenSkuSavedAndStockedInAUnitOfWorkThatRolledBack_whenMovedLater_thenItIsUnknown() {
    SkuCode ghost = SkuCode.of("GHOST-9");
    assertThatThrownBy(() -> backend.transactions().run(() -> {
      StockFixtures.registerSku(backend.catalogue(), ghost.value(), "GH24");
      inventory.apply(fixtures.receive(ghost, WAREHOUSE, 3));
      throw new IllegalStateException("the host changed its mind");
    })).hasMessageContaining("changed its mind");

    assertThatThrownBy(() -> apply(fixtures.receive(ghost, WAREHOUSE, 1)))
        .isInstanceOf(UnknownSkuException.class)
        .hasMessageContaining("GHOST-9");
    assertThat(inventory.stockOf(ghost).positions()).isEmpty();
  }

  @Test
  void givenSkuWhosePositionsWereEmptiedAgain_whenMoved_thenItIsStillKnown() {
    apply(fixtures.receive(tee, STORE, 1));
    apply(fixtures.move(STORE_SALE, tee, STORE, 1));

    assertThat(apply(fixtures.receive(tee, STORE, 2))).isInstanceOf(LedgerOutcome.Applied.class);
    assertThat(at(tee, STORE).onHand()).isEqualTo(2);
  }

  // --- idempotency and batches ---

  @Test
  void givenAppliedMovement_whenAppliedAgain_thenNothingChangesAndTheFirstOutcomeReturns() {
    Movement receipt = fixtures.receive(tee, WAREHOUSE, 5);
    LedgerOutcome.Applied first = (LedgerOutcome.Applied) apply(receipt);
    LedgerOutcome again = apply(receipt);
    assertThat(again).isInstanceOf(LedgerOutcome.Applied.class);
    assertThat(((LedgerOutcome.Applied) again).wasReplay()).isTrue();
    assertThat(((LedgerOutcome.Applied) again).positions()).isEqualTo(first.positions());
    assertThat(at(tee, WAREHOUSE).onHand()).isEqualTo(5);
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenAppliedMovement_whenItsIdComesWithOtherContent_thenRefusedSayingSoAndNothingChanges() {
    Movement receipt = fixtures.receive(tee, WAREHOUSE, 5);
    apply(receipt);
    Movement impostor = Movement.builder(MovementKind.RECEIVE).id(receipt.id()).sku(tee).location(WAREHOUSE)
        .quantity(50).reference(receipt.reference()).at(receipt.at()).actor(receipt.actor()).build();
    assertThatThrownBy(() -> apply(impostor))
        .isInstanceOf(IdempotencyConflictException.class)
        .hasMessageContaining(receipt.id().value());
    assertThat(at(tee, WAREHOUSE).onHand()).isEqualTo(5);
  }

  @Test
  void givenBatchHoldingOneIdTwice_whenApplied_thenRefusedNamingTheIdAndNothingChanges() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    Movement allocate = fixtures.move(ALLOCATE, tee, WAREHOUSE, 1);
    Movement again = Movement.builder(ALLOCATE).id(allocate.id()).sku(coat).location(STORE).quantity(1)
        .reference(allocate.reference()).at(allocate.at()).actor(allocate.actor()).build();

    for (List<Movement> batch : List.of(List.of(allocate, allocate), List.of(fixtures.receive(coat, STORE, 1),
        allocate, fixtures.receive(teeLarge, WAREHOUSE, 1), again))) {
      assertThatThrownBy(() -> inventory.apply(batch))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("movement id " + allocate.id() + " appears twice in one batch");
    }
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(5, 0, 0, 0, 0));
    assertThat(at(coat, STORE).onHand()).isZero();
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenBatchPartlyAppliedBefore_whenAppliedWithNewMovements_thenOnlyTheNewOnesMoveStock() {
    apply(fixtures.receive(tee, WAREHOUSE, 5), fixtures.receive(coat, STORE, 2));
    // Applied again, the allocation would be refused (nothing left): it must be recognised, not re-run.
    Movement allocateAll = fixtures.move(ALLOCATE, tee, WAREHOUSE, 5);
    apply(allocateAll);
    Movement allocateCoat = fixtures.move(ALLOCATE, coat, STORE, 2);
    Movement shipSome = fixtures.move(SHIP, tee, WAREHOUSE, 3);

    LedgerOutcome outcome = apply(allocateCoat, allocateAll, shipSome);

    assertThat(outcome).isInstanceOf(LedgerOutcome.Applied.class);
    LedgerOutcome.Applied applied = (LedgerOutcome.Applied) outcome;
    assertThat(applied.replayed()).extracting(Movement::id).containsExactly(allocateAll.id());
    assertThat(applied.movements()).extracting(Movement::id)
        .containsExactly(allocateAll.id(), allocateCoat.id(), shipSome.id());
    assertThat(applied.positions()).extracting(StockPosition::key).containsExactly(
        PositionKey.of(coat, STORE), PositionKey.of(tee, WAREHOUSE));
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(new StockFigures(2, 2, 0, 0, 0));
    assertThat(at(coat, STORE).figures()).isEqualTo(new StockFigures(2, 2, 0, 0, 0));
    assertThat(inventory.movementsOf(tee)).extracting(Movement::kind).containsExactly(MovementKind.RECEIVE, ALLOCATE,
        SHIP);
  }

  @Test
  void givenBatchWithOneRefusedMovement_whenApplied_thenNoMovementOfItLeavesATrace() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    LedgerOutcome outcome = apply(
        fixtures.receive(teeLarge, WAREHOUSE, 7),
        fixtures.move(ALLOCATE, tee, WAREHOUSE, 2),
        fixtures.move(ALLOCATE, coat, WAREHOUSE, 1));
    assertThat(refusalOf(outcome).sku()).isEqualTo(coat);
    assertThat(at(teeLarge, WAREHOUSE).onHand()).isZero();
    assertThat(at(tee, WAREHOUSE).allocated()).isZero();
    assertThat(inventory.movementsOf(teeLarge)).isEmpty();
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenBatch_whenMovementsDependOnEachOther_thenTheyApplyInOrder() {
    LedgerOutcome outcome = apply(fixtures.receive(tee, WAREHOUSE, 3), fixtures.move(ALLOCATE, tee, WAREHOUSE, 3),
        fixtures.move(SHIP, tee, WAREHOUSE, 3));
    assertThat(outcome.isApplied()).isTrue();
    assertThat(at(tee, WAREHOUSE).figures()).isEqualTo(StockFigures.ZERO);
    assertThat(inventory.movementsOf(tee)).extracting(Movement::kind)
        .containsExactly(MovementKind.RECEIVE, ALLOCATE, SHIP);
  }

  @Test
  void givenWorkThatFailsAfterAMovement_whenInATransaction_thenTheMovementIsRolledBack() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    assertThatThrownBy(() -> backend.transactions().run(() -> {
      inventory.apply(fixtures.move(ALLOCATE, tee, WAREHOUSE, 2));
      throw new IllegalStateException("the rest of the unit of work failed");
    })).hasMessageContaining("rest of the unit of work");
    assertThat(at(tee, WAREHOUSE).allocated()).isZero();
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  // --- safety stock and queries ---

  @Test
  void givenSafetyStock_whenAvailableIsBelowIt_thenNothingIsSellableOnline() {
    apply(fixtures.receive(tee, STORE, 5), fixtures.move(PICKUP_RESERVE, tee, STORE, 1));
    inventory.setSafetyStock(tee, STORE, Quantity.of(2));
    assertThat(at(tee, STORE).sellableOnline()).isEqualTo(2);
    inventory.setSafetyStock(tee, STORE, Quantity.of(6));
    assertThat(at(tee, STORE).sellableOnline()).isZero();
    assertThat(at(tee, STORE).safetyStock()).isEqualTo(6);
    assertThat(at(tee, STORE).onHand()).isEqualTo(5);
  }

  @Test
  void givenStockInSeveralPlaces_whenQueried_thenSkuStyleAndLocationViewsAddUp() {
    apply(fixtures.receive(tee, WAREHOUSE, 5), fixtures.receive(tee, STORE, 2),
        fixtures.receive(teeLarge, OTHER_WAREHOUSE, 4), fixtures.receive(coat, WAREHOUSE, 9),
        fixtures.move(ALLOCATE, tee, WAREHOUSE, 1));

    var skuView = inventory.stockOf(tee);
    assertThat(skuView.positions()).extracting(StockPosition::location).containsExactlyInAnyOrder(WAREHOUSE, STORE);
    assertThat(skuView.totals()).isEqualTo(new StockFigures(7, 1, 0, 0, 0));
    assertThat(skuView.totals().availableBeforeAllocation()).isEqualTo(7);
    assertThat(skuView.totals().available()).isEqualTo(6);

    var styleView = inventory.stockOfStyle(StyleCode.of("TS24"));
    assertThat(styleView.bySku()).containsOnlyKeys(tee, teeLarge);
    assertThat(styleView.byLocation().get(WAREHOUSE).available()).isEqualTo(4);
    assertThat(styleView.byLocation().get(OTHER_WAREHOUSE).available()).isEqualTo(4);
    assertThat(styleView.byLocation().get(STORE).available()).isEqualTo(2);

    var warehouseView = inventory.stockAt(WAREHOUSE);
    assertThat(warehouseView.bySku()).containsOnlyKeys(tee, coat);
    assertThat(warehouseView.totals().onHand()).isEqualTo(14);
  }

  // --- reconciliation ---

  @Test
  void givenOnlyMovements_whenReconciled_thenNoDrift() {
    apply(fixtures.receive(tee, WAREHOUSE, 5), fixtures.dispatch(tee, WAREHOUSE, STORE, 2));
    apply(fixtures.move(TRANSFER_RECEIVE, tee, STORE, 2));
    Reconciliation reconciliation = inventory.reconcile();
    assertThat(reconciliation.isClean()).isTrue();
    assertThat(reconciliation.movementsFolded()).isEqualTo(3);
  }

  @Test
  void givenPositionWrittenBesideTheLedger_whenReconciled_thenTheDriftIsReportedByBucket() {
    apply(fixtures.receive(tee, WAREHOUSE, 5));
    PositionKey key = PositionKey.of(tee, WAREHOUSE);
    backend.transactions().run(() -> backend.stockLedger().record(List.of(),
        List.of(new StockPosition(key, new StockFigures(7, 1, 0, 0, 0), 0))));
    Reconciliation reconciliation = inventory.reconcile();
    assertThat(reconciliation.drifts()).singleElement().satisfies(drift -> {
      assertThat(drift.key()).isEqualTo(key);
      assertThat(drift.recorded().onHand()).isEqualTo(7);
      assertThat(drift.recomputed().onHand()).isEqualTo(5);
      assertThat(drift.buckets()).containsExactly(Bucket.ON_HAND, Bucket.ALLOCATED);
    });
  }

  // --- concurrency ---

  @Test
  void givenTheLastUnits_whenManyThreadsReserveAtOnce_thenNoneIsOversold() throws Exception {
    int units = 40;
    apply(fixtures.receive(tee, STORE, units));
    ExecutorService pool = Executors.newFixedThreadPool(threads());
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> reservers = new ArrayList<>();
    StockFixtures concurrent = new StockFixtures("concurrent");
    for (int t = 0; t < threads(); t++) {
      reservers.add(() -> {
        start.await();
        int won = 0;
        for (int attempt = 0; attempt < units; attempt++) {
          LedgerOutcome outcome = inventory.apply(concurrent.move(PICKUP_RESERVE, tee, STORE, 1));
          if (outcome.isApplied()) {
            won++;
          }
        }
        return won;
      });
    }
    List<Future<Integer>> results = new ArrayList<>();
    reservers.forEach(r -> results.add(pool.submit(r)));
    start.countDown();
    int reserved = 0;
    for (Future<Integer> result : results) {
      reserved += result.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(reserved).isEqualTo(units);
    assertThat(at(tee, STORE).pickupReserved()).isEqualTo(units);
    assertThat(at(tee, STORE).available()).isZero();
    assertThat(inventory.reconcile().isClean()).isTrue();
  }
}
