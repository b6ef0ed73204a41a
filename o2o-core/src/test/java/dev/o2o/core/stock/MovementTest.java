package dev.o2o.core.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import org.junit.jupiter.api.Test;

class MovementTest {

  private final StockFixtures fixtures = new StockFixtures("unit");
  private final SkuCode tee = SkuCode.of("TS24-BLK-M");
  private final LocationId warehouse = StockFixtures.WAREHOUSE;

  @Test
  void givenZeroUnits_whenMoved_thenRefusedNamingTheMovement() {
    assertThatThrownBy(() -> fixtures.receive(tee, warehouse, 0))
        .hasMessageContaining("unit-1").hasMessageContaining("at least one unit");
  }

  @Test
  void givenTransferWithoutDestinationOrToItself_whenMade_thenRefused() {
    assertThatThrownBy(() -> fixtures.move(MovementKind.TRANSFER_DISPATCH, tee, warehouse, 1))
        .hasMessageContaining("needs a destination");
    assertThatThrownBy(() -> fixtures.dispatch(tee, warehouse, warehouse, 1)).hasMessageContaining("to itself");
    assertThatThrownBy(() -> fixtures.movement(MovementKind.RECEIVE, tee, warehouse, 1)
        .destination(StockFixtures.STORE).build()).hasMessageContaining("takes no destination");
  }

  @Test
  void givenAdjustmentWithoutReason_whenMade_thenRefused() {
    assertThatThrownBy(() -> Movement.builder(MovementKind.ADJUST_OUT).id("a-1").sku(tee).location(warehouse)
        .quantity(1).reference(ReferenceKind.COUNT, "count-1").at(StockFixtures.T0).actor(StockFixtures.CLERK)
        .build()).hasMessageContaining("needs a reason");
  }

  @Test
  void givenRetryWithAnotherTime_whenCompared_thenItIsTheSameContent() {
    Movement first = fixtures.receive(tee, warehouse, 2);
    Movement retry = new Movement(first.id(), first.kind(), first.sku(), first.location(), first.quantity(),
        first.destination(), first.reference(), first.at().plusSeconds(5), first.actor(), first.reason());
    assertThat(retry.sameContentAs(first)).isTrue();
  }

  @Test
  void givenPositionBreakingAnInvariant_whenMade_thenRefusedNamingTheBucket() {
    PositionKey key = PositionKey.of(tee, warehouse);
    assertThatThrownBy(() -> new StockPosition(key, new StockFigures(1, 2, 0, 0, 0), 0))
        .hasMessageContaining("AVAILABLE").hasMessageContaining("TS24-BLK-M");
    assertThatThrownBy(() -> new StockPosition(key, new StockFigures(1, 0, 0, 0, -1), 0))
        .hasMessageContaining("IN_TRANSIT");
    assertThat(new StockPosition(key, new StockFigures(10, 2, 1, 3, 4), 3).sellableOnline()).isEqualTo(1);
  }
}
