package dev.o2o.core.mall;

import static dev.o2o.core.mall.MallWorld.BLACK_M;
import static dev.o2o.core.mall.MallWorld.COAT;
import static dev.o2o.core.mall.MallWorld.OFFLINE_STORE;
import static dev.o2o.core.mall.MallWorld.ONLINE_STORE;
import static dev.o2o.core.mall.MallWorld.WAREHOUSE;
import static dev.o2o.core.mall.MallWorld.WHITE_M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallEvent.SkuStateChanged;
import dev.o2o.core.location.Location;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.status.ChangeStatus;
import dev.o2o.core.status.StatusUpdate;
import dev.o2o.core.stock.StockChangeListener;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MallStatesTest {

  private final MallWorld world = new MallWorld(SchedulerSettings.defaults());

  @Test
  void givenStockAtSeveralLocations_whenTheStateIsRead_thenSellableSumsTheOnlineSourcesLessTheirSafetyStock() {
    world.receive(BLACK_M, WAREHOUSE, 10);
    world.safetyStock(BLACK_M, WAREHOUSE, 2);
    world.receive(BLACK_M, ONLINE_STORE, 3);
    world.receive(BLACK_M, OFFLINE_STORE, 50);
    assertThat(world.mallStates.stateOf(BLACK_M)).isEqualTo(new SkuStateChanged(BLACK_M, false, false, 11));
  }

  @Test
  void givenAForcedSoldOutSku_whenTheStateIsRead_thenItShowsZeroWhateverTheStock() {
    world.receive(BLACK_M, WAREHOUSE, 10);
    world.forceSoldOut(BLACK_M, true);
    world.limitStock(BLACK_M, true);
    assertThat(world.mallStates.stateOf(BLACK_M)).isEqualTo(new SkuStateChanged(BLACK_M, true, true, 0));
  }

  @Test
  void givenAMovementAtALocationThatShipsOnline_whenApplied_thenTheSkuIsPendingWithItsNewState() {
    world.receive(COAT, WAREHOUSE, 4);
    assertThat(world.sell(COAT, ONLINE_STORE, 1).isApplied()).as("refused: nothing on hand there").isFalse();
    world.receive(COAT, ONLINE_STORE, 2);
    assertThat(world.pendingEvents()).containsExactly(new SkuStateChanged(COAT, false, false, 6));
  }

  @Test
  void givenAMovementAtAStoreThatDoesNotShipOnline_whenApplied_thenNothingIsPending() {
    world.receive(COAT, OFFLINE_STORE, 4);
    world.sell(COAT, OFFLINE_STORE, 1);
    assertThat(world.pendingEvents()).isEmpty();
  }

  @Test
  void givenSafetyStockThatCoversTheChange_whenStockArrives_thenTheSellableQuantityIsUnchangedAndNothingIsPending() {
    world.safetyStock(WHITE_M, WAREHOUSE, 5);
    world.receive(WHITE_M, WAREHOUSE, 3);
    assertThat(world.pendingEvents()).isEmpty();
    world.receive(WHITE_M, WAREHOUSE, 3);
    assertThat(world.pendingEvents()).containsExactly(new SkuStateChanged(WHITE_M, false, false, 1));
  }

  @Test
  void givenAForcedSoldOutSku_whenStockMoves_thenTheMallStateIsUnchangedAndNothingIsPending() {
    world.forceSoldOut(WHITE_M, true);
    List<MallEvent> before = world.pendingEvents();
    world.receive(WHITE_M, WAREHOUSE, 7);
    assertThat(world.pendingEvents()).isEqualTo(before).containsExactly(new SkuStateChanged(WHITE_M, true, false, 0));
  }

  @Test
  void givenAStatusChangeTheMallDoesNotShow_whenMade_thenNothingIsPending() {
    world.statuses.change(ChangeStatus.ofSku(COAT,
        StatusUpdate.builder().closedFrom(LocalDate.of(2027, 3, 1)).reorder(true).build(), MallWorld.MERCHANDISER));
    assertThat(world.pendingEvents()).isEmpty();
  }

  @Test
  void givenAStyleForcedSoldOut_whenChanged_thenEverySkuOfItIsPendingWithZero() {
    world.receive(BLACK_M, WAREHOUSE, 2);
    world.statuses.change(ChangeStatus.ofStyle(StyleCode.of("TS24"),
        StatusUpdate.builder().forcedSoldOut(true).build(), MallWorld.MERCHANDISER));
    assertThat(world.pendingEvents()).containsExactly(
        new SkuStateChanged(BLACK_M, true, false, 0), new SkuStateChanged(WHITE_M, true, false, 0));
  }

  @Test
  void givenAStockChangeWhoseTransactionFailsAfterward_whenRolledBack_thenNeitherTheStockNorThePendingStateRemain() {
    StockChangeListener failing = change -> {
      throw new IllegalStateException("a later listener failed");
    };
    MallWorld failingWorld = new MallWorld(SchedulerSettings.defaults(), false, List.of(failing));
    assertThatThrownBy(() -> failingWorld.receive(COAT, WAREHOUSE, 4)).hasMessage("a later listener failed");
    assertThat(failingWorld.pendingEvents()).isEmpty();
    assertThat(failingWorld.outbox.pendingCount()).isZero();
    assertThat(failingWorld.mallStates.stateOf(COAT).sellableOnline()).isZero();
  }

  @Test
  void givenALocationThatStartsShippingOnline_whenTheHostMarksSkusPending_thenTheirStatesIncludeIt() {
    world.receive(COAT, OFFLINE_STORE, 5);
    world.locations.save(new Location(OFFLINE_STORE, "강남점", true, 3));
    world.mallStates.markPending(List.of(COAT, BLACK_M));
    assertThat(world.pendingEvents()).containsExactly(
        new SkuStateChanged(COAT, false, false, 5), new SkuStateChanged(BLACK_M, false, false, 0));
  }

  @Test
  void givenStaleStatesAndOtherEvents_whenRefreshed_thenSkuStatesAreCurrentAndOtherEventsPassUnchanged() {
    world.receive(COAT, WAREHOUSE, 3);
    MallEvent pickup = new MallEvent.PickupStateChanged("M-1", ONLINE_STORE, "ACCEPTED", Optional.empty());
    List<MallEvent> refreshed = world.mallStates.refreshed(
        List.of(new SkuStateChanged(COAT, true, true, 99), pickup));
    assertThat(refreshed).containsExactly(new SkuStateChanged(COAT, false, false, 3), pickup);
  }
}
