package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Fixtures.OTHER_WAREHOUSE;
import static dev.o2o.adapters.jdbc.Fixtures.STORE;
import static dev.o2o.adapters.jdbc.Fixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.BarcodeTakenException;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.location.Location;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.PositionKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the JDBC adapter adds to the port contracts: database constraints, whole units of work, exact round trips. */
abstract class StockOnJdbcTest {

  private final Fixtures fixtures = new Fixtures();
  private JdbcBackend backend;
  private Inventory inventory;
  private SkuCode tee;
  private SkuCode cap;

  /** A fresh, migrated, empty schema of the backend under test. */
  abstract TestDatabase.Provisioned database();

  @BeforeEach
  void setUp() {
    backend = JdbcBackend.on(database());
    inventory = backend.inventory();
    tee = Fixtures.sku("TS24-BLK-M", 1).code();
    cap = Fixtures.sku("CP24-RED-F", 2).code();
    backend.catalogue().save(Fixtures.sku("TS24-BLK-M", 1));
    backend.catalogue().save(Fixtures.sku("CP24-RED-F", 2));
  }

  @Test
  void givenMovementWithNanoseconds_whenReadBack_thenItIsExactlyTheSame() {
    Movement dispatch = fixtures.builder(MovementKind.RECEIVE, tee, WAREHOUSE, 5).build();
    inventory.apply(dispatch);

    assertThat(inventory.movementsOf(tee)).containsExactly(dispatch);
  }

  @Test
  void givenRefusedMovement_whenLooking_thenNoPositionWasWrittenAndTheLedgerIsEmpty() {
    LedgerOutcome outcome = inventory.apply(fixtures.move(MovementKind.ALLOCATE, tee, WAREHOUSE, 1));

    assertThat(outcome).isInstanceOf(LedgerOutcome.Refused.class);
    assertThat(backend.stockLedger().position(PositionKey.of(tee, WAREHOUSE))).isEmpty();
    assertThat(backend.stockLedger().allPositions()).isEmpty();
    assertThat(inventory.movementsOf(tee)).isEmpty();
    assertThat(inventory.reconcile().drifts()).isEmpty();
  }

  @Test
  void givenBatchOverTwoSkus_whenOneLineIsShort_thenNothingOfItIsWritten() {
    inventory.apply(fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 2));

    LedgerOutcome outcome = inventory.apply(List.of(
        fixtures.move(MovementKind.ALLOCATE, tee, WAREHOUSE, 2),
        fixtures.move(MovementKind.ALLOCATE, cap, WAREHOUSE, 1)));

    assertThat(outcome).isInstanceOf(LedgerOutcome.Refused.class);
    assertThat(inventory.position(tee, WAREHOUSE).allocated()).isZero();
    assertThat(inventory.movementsOf(tee)).hasSize(1);
  }

  @Test
  void givenTransfer_whenDispatched_thenTheDestinationHasItInTransitAndReconciliationAgrees() {
    inventory.apply(fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 5));
    inventory.apply(fixtures.builder(MovementKind.TRANSFER_DISPATCH, tee, WAREHOUSE, 3).destination(STORE).build());

    assertThat(inventory.position(tee, STORE).inTransit()).isEqualTo(3);
    assertThat(inventory.position(tee, WAREHOUSE).onHand()).isEqualTo(2);
    assertThat(inventory.stockOf(tee).positions()).hasSize(2);
    assertThat(inventory.reconcile().drifts()).isEmpty();
  }

  @Test
  void givenAppliedMovement_whenTheSameIdComesAgain_thenItIsReplayedWithOneEffect() {
    Movement receive = fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 4);
    inventory.apply(receive);

    LedgerOutcome again = inventory.apply(receive);

    assertThat(again).isInstanceOfSatisfying(LedgerOutcome.Applied.class,
        applied -> assertThat(applied.replayed()).containsExactly(receive));
    assertThat(inventory.position(tee, WAREHOUSE).onHand()).isEqualTo(4);
  }

  @Test
  void givenPositionRowAtTheDatabase_whenABucketWouldGoNegative_thenTheCheckConstraintRefusesIt() {
    inventory.apply(fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 1));

    assertThatThrownBy(() -> backend.transactions().run("breaking the invariant", c -> {
      try (var update = c.prepareStatement("UPDATE o2o_stock_position SET allocated = 2 WHERE sku_code = ?")) {
        update.setString(1, tee.value());
        update.executeUpdate();
      }
    })).isInstanceOf(JdbcStoreException.class).hasMessageStartingWith("breaking the invariant");
    assertThat(inventory.position(tee, WAREHOUSE).allocated()).isZero();
  }

  @Test
  void givenMovementIdInTheLedger_whenInsertedAgainBehindTheInventory_thenTheUniqueConstraintRefusesIt() {
    Movement receive = fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 1);
    inventory.apply(receive);

    assertThatThrownBy(() -> backend.stockLedger().record(List.of(receive), List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(receive.id().value());
  }

  @Test
  void givenUnitOfWorkOverLedgerOutboxAndCatalogue_whenItFailsAtTheEnd_thenNothingOfItRemains() {
    assertThatThrownBy(() -> backend.transactions().run(() -> {
      inventory.apply(fixtures.move(MovementKind.RECEIVE, tee, WAREHOUSE, 4));
      backend.outbox().append(new MallEvent.SkuStateChanged(tee, false, false, 4), Fixtures.T0);
      backend.catalogue().save(Fixtures.sku("NEW-SKU", 3));
      backend.locations().save(new Location(OTHER_WAREHOUSE, "부산 창고", true, 2));
      throw new IllegalStateException("the host changed its mind");
    })).hasMessage("the host changed its mind");

    assertThat(backend.stockLedger().allPositions()).isEmpty();
    assertThat(inventory.movementsOf(tee)).isEmpty();
    assertThat(backend.outbox().pendingCount()).isZero();
    assertThat(backend.catalogue().find(SkuCode.of("NEW-SKU"))).isEmpty();
    assertThat(backend.locations().all()).isEmpty();
  }

  @Test
  void givenSkuWithTwoBarcodes_whenReadBack_thenTheBarcodesKeepTheirOrder() {
    Sku first = Fixtures.sku("TWO-CODES", 10);
    Sku two = new Sku(first.code(), first.style(), first.colour(), first.size(), first.displayName(),
        List.of(Fixtures.sku("X", 12).primaryBarcode(), first.primaryBarcode()));
    backend.catalogue().save(two);

    assertThat(backend.catalogue().find(two.code())).contains(two);
    assertThat(backend.catalogue().findByBarcode(first.primaryBarcode())).contains(two);
    assertThatThrownBy(() -> backend.catalogue().save(Fixtures.sku("THIEF", 10)))
        .isInstanceOf(BarcodeTakenException.class).hasMessageContaining("TWO-CODES");
  }

  @Test
  void givenCoalescingEvents_whenAppendedTwiceBeforeAClaim_thenOneEntryWithTheLatestStateIsClaimed() {
    backend.outbox().append(new MallEvent.SkuStateChanged(tee, false, false, 4), Fixtures.T0);
    backend.outbox().append(new MallEvent.SkuStateChanged(tee, true, false, 0), Fixtures.T0.plusSeconds(1));
    backend.outbox().append(new MallEvent.PickupStateChanged("M-1", STORE, "ACCEPTED", Optional.of("줄 1")),
        Fixtures.T0.plusSeconds(2));

    var claimed = backend.outbox().claim(10, Fixtures.T0.plusSeconds(5), Duration.ofMinutes(1));

    assertThat(claimed).extracting(e -> e.event()).containsExactly(
        new MallEvent.SkuStateChanged(tee, true, false, 0),
        new MallEvent.PickupStateChanged("M-1", STORE, "ACCEPTED", Optional.of("줄 1")));
    assertThat(claimed).extracting(e -> e.attempts()).containsOnly(1);
  }

  @Test
  void givenEveryKindOfMallEvent_whenAppendedAndClaimed_thenEachComesBackEqual() {
    List<MallEvent> events = List.of(
        new MallEvent.SkuStateChanged(tee, true, true, 0),
        new MallEvent.OrderShipped("musinsa", "M-\"1\"\\2", "SHP-00000001", "CJ", "123456789012"),
        new MallEvent.PickupStateChanged("M-2", STORE, "CANCELLED", Optional.of("고객 요청\n\t줄바꿈 \u0001"),
            List.of(new MallEvent.PickupStateChanged.CancelledLine(1, tee, 2),
                new MallEvent.PickupStateChanged.CancelledLine(2, cap, 1))),
        new MallEvent.PickupStateChanged("M-3", STORE, "ACCEPTED", Optional.empty()));
    for (int i = 0; i < events.size(); i++) {
      backend.outbox().append(events.get(i), Fixtures.T0.plusSeconds(i));
    }

    var claimed = backend.outbox().claim(10, Fixtures.T0.plusSeconds(60), Duration.ofMinutes(1));

    assertThat(claimed).extracting(e -> e.event()).containsExactlyElementsOf(events);
    assertThat(claimed.get(0).enqueuedAt()).isEqualTo(Fixtures.T0);
  }
}
