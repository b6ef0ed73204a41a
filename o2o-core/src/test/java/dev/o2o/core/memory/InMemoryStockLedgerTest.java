package dev.o2o.core.memory;

import static dev.o2o.core.contract.StockFixtures.STORE;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.stock.StockPosition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the in-memory ledger does beyond the inventory contract: its one-read batch look-up and its own rollbacks. */
class InMemoryStockLedgerTest {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryStockLedger ledger = new InMemoryStockLedger(transactions);
  private final StockFixtures fixtures = new StockFixtures("ledger");
  private final SkuCode tee = SkuCode.of("TS24-BLK-M");
  private final PositionKey teeInWarehouse = PositionKey.of(tee, WAREHOUSE);
  private final PositionKey teeInStore = PositionKey.of(tee, STORE);

  @Test
  void givenRecordedMovements_whenABatchIsLocked_thenItAnswersAsLockPositionsAndFindMovementsDo() {
    Movement first = fixtures.receive(tee, WAREHOUSE, 3);
    Movement second = fixtures.receive(tee, WAREHOUSE, 2);
    StockPosition stocked = new StockPosition(teeInWarehouse, new StockFigures(5, 0, 0, 0, 0), 0);
    transactions.run(() -> ledger.record(List.of(first, second), List.of(stocked)));
    TreeSet<PositionKey> keys = new TreeSet<>(List.of(teeInStore, teeInWarehouse));
    Set<MovementId> ids = Set.of(second.id(), MovementId.of("never-recorded"));

    StockLedger.LockedBatch batch = transactions.inTransaction(() -> ledger.lockBatch(keys, ids));

    assertThat(batch.positions()).isEqualTo(ledger.lockPositions(keys));
    // In key order (the store sorts before the warehouse), an unwritten key as an empty position.
    assertThat(batch.positions()).containsExactly(
        Map.entry(teeInStore, StockPosition.empty(teeInStore)), Map.entry(teeInWarehouse, stocked));
    assertThat(batch.earlier()).isEqualTo(ledger.findMovements(ids)).isEqualTo(Map.of(second.id(), second));
    assertThat(ledger.lockBatch(keys, Set.of(MovementId.of("never-recorded"))).earlier()).isEmpty();
  }

  @Test
  void givenABatchHoldingARecordedId_whenRecorded_thenRefusedAndNoneOfItIsKept() {
    Movement recorded = fixtures.receive(tee, WAREHOUSE, 3);
    transactions.run(() -> ledger.record(List.of(recorded), List.of()));
    Movement fresh = fixtures.receive(tee, WAREHOUSE, 1);

    assertThatThrownBy(() -> transactions.run(() -> ledger.record(List.of(fresh, recorded), List.of())))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(recorded.id().value());

    assertThat(ledger.findMovements(Set.of(fresh.id()))).isEmpty();
    assertThat(ledger.movementsOf(tee)).containsExactly(recorded);
  }

  @Test
  void givenAPositionWrittenTwiceInATransactionThatFails_thenEveryFigureAndTheSafetyStockAreAsBefore() {
    // Each bucket and the safety stock of a different value, so that an undo that mixes two of them shows.
    StockPosition before = new StockPosition(teeInWarehouse, new StockFigures(50, 4, 3, 2, 1), 5);
    transactions.run(() -> ledger.record(List.of(), List.of(before)));

    assertThatThrownBy(() -> transactions.run(() -> {
      ledger.record(List.of(), List.of(new StockPosition(teeInWarehouse, new StockFigures(40, 9, 0, 0, 0), 0),
          new StockPosition(teeInStore, new StockFigures(7, 0, 0, 0, 0), 1)));
      ledger.record(List.of(), List.of(new StockPosition(teeInWarehouse, new StockFigures(30, 8, 7, 6, 5), 2)));
      throw new IllegalStateException("the rest of the unit of work failed");
    })).hasMessageContaining("rest of the unit of work");

    assertThat(ledger.position(teeInWarehouse)).contains(before);
    assertThat(ledger.position(teeInStore)).isEmpty();
    assertThat(ledger.positionsOfSkus(List.of(tee))).containsExactly(before);
    assertThat(ledger.allPositions()).containsExactly(before);
  }

  @Test
  void givenSeveralRecordsInATransactionThatFails_thenAllOfThemAreUndoneAndEarlierOnesRemain() {
    Movement kept = fixtures.receive(tee, WAREHOUSE, 3);
    transactions.run(() -> ledger.record(List.of(kept), List.of()));
    List<Movement> undone = List.of(fixtures.receive(tee, STORE, 1), fixtures.receive(tee, STORE, 2),
        fixtures.receive(tee, WAREHOUSE, 4));
    StockPosition inStore = new StockPosition(teeInStore, new StockFigures(3, 0, 0, 0, 0), 0);

    assertThatThrownBy(() -> transactions.run(() -> {
      ledger.record(undone.subList(0, 2), List.of(inStore));
      ledger.record(undone.subList(2, 3), List.of());
      throw new IllegalStateException("the rest of the unit of work failed");
    })).hasMessageContaining("rest of the unit of work");

    assertThat(ledger.movementsOf(tee)).containsExactly(kept);
    assertThat(ledger.findMovements(Set.of(undone.get(0).id(), undone.get(1).id(), undone.get(2).id()))).isEmpty();
    assertThat(ledger.findMovements(Set.of(kept.id()))).containsEntry(kept.id(), kept);
    assertThat(ledger.position(teeInStore)).isEmpty();
    transactions.run(() -> ledger.record(undone, List.of()));
    assertThat(ledger.movementsOf(tee)).hasSize(4);
  }

  @Test
  void givenPositionsWrittenOutOfLocationOrderAndAFailedUnitThatMovedThem_thenListingsKeepOrderAndTheLastCommit() {
    StockPosition inStore = new StockPosition(teeInStore, new StockFigures(2, 0, 0, 0, 0), 0);
    StockPosition inWarehouse = new StockPosition(teeInWarehouse, new StockFigures(5, 0, 0, 0, 0), 1);
    // The warehouse is written first, the store (which sorts first) after it.
    transactions.run(() -> ledger.record(List.of(), List.of(inWarehouse)));
    transactions.run(() -> ledger.record(List.of(), List.of(inStore)));
    SkuCode other = SkuCode.of("TS24-WHT-S");
    PositionKey otherInStore = PositionKey.of(other, STORE);

    assertThatThrownBy(() -> transactions.run(() -> {
      // Moves a position twice, and creates one and moves it again, in one unit of work that then fails.
      ledger.record(List.of(), List.of(inWarehouse.withFigures(new StockFigures(4, 1, 0, 0, 0))));
      ledger.record(List.of(), List.of(inWarehouse.withFigures(new StockFigures(4, 2, 0, 0, 0)),
          new StockPosition(otherInStore, new StockFigures(1, 0, 0, 0, 0), 0)));
      ledger.record(List.of(), List.of(new StockPosition(otherInStore, new StockFigures(7, 0, 0, 0, 0), 0)));
      throw new IllegalStateException("failed after writing");
    })).hasMessageContaining("failed after writing");

    assertThat(ledger.positionsOfSkus(List.of(other, tee))).containsExactly(inStore, inWarehouse);
    assertThat(ledger.allPositions()).containsExactly(inStore, inWarehouse);
    assertThat(ledger.position(teeInWarehouse)).contains(inWarehouse);
    assertThat(ledger.position(otherInStore)).isEmpty();
    assertThat(ledger.positionsAt(STORE)).containsExactly(inStore);
    StockPosition moved = inWarehouse.withFigures(new StockFigures(5, 3, 0, 0, 0));
    transactions.run(() -> ledger.record(List.of(), List.of(moved)));
    assertThat(ledger.positionsOfSkus(List.of(tee))).containsExactly(inStore, moved);
  }
}
