package dev.o2o.allocation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentChange;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillNumber;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ShipmentStore}: fresh ids, every field survives a round trip, saves roll back with their
 * transaction, and shipments are found by order and by state.
 */
public abstract class ShipmentStoreContract {

  protected AllocationBackend backend;
  protected ShipmentStore shipments;
  protected TransactionRunner transactions;

  private static final LocationId ICHEON = LocationId.warehouse("WH-ICHEON");
  private static final Actor CLERK = Actor.staff("kim.minji", ICHEON);
  private static final Instant T0 = StockFixtures.T0;
  private static final OrderId FIRST = OrderId.of("MUSINSA", "2026-0001");
  private static final OrderId SECOND = OrderId.of("MUSINSA", "2026-0002");

  /** A backend with empty stores whose {@link AllocationBackend#shipments()} is the store under test. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    shipments = backend.shipments();
    transactions = backend.transactions();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  /** A new allocated shipment from Icheon, one line of two TS24-BLK-M per order given, with an id from the store. */
  protected Shipment shipment(OrderId... orders) {
    ShipmentId id = transactions.inTransaction(shipments::nextId);
    List<ShipmentLine> lines = new java.util.ArrayList<>();
    for (OrderId order : orders) {
      lines.add(new ShipmentLine(lines.size() + 1, order, 1, SkuCode.of("TS24-BLK-M"), Quantity.of(2), false));
    }
    return Shipment.allocated(id, ICHEON, lines, T0, CLERK);
  }

  private void save(Shipment shipment) {
    transactions.run(() -> shipments.save(shipment));
  }

  @Test
  void givenAStore_whenIdsAreHandedOut_thenNoneRepeats() {
    Set<ShipmentId> ids = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      assertThat(ids.add(transactions.inTransaction(shipments::nextId))).isTrue();
    }
  }

  @Test
  void givenAShipmentWithEveryFieldSet_whenSavedAndFound_thenItComesBackEqual() {
    Shipment full = shipment(FIRST, SECOND)
        .cancelOrderLines(SECOND, List.of(1), T0.plusSeconds(30), CLERK)
        .registerWaybill(WaybillNumber.of(Courier.CJ, "123456789012"), T0.plusSeconds(60), CLERK);
    save(full);

    assertThat(shipments.find(full.id())).contains(full);
    assertThat(transactions.inTransaction(() -> shipments.lock(full.id()))).contains(full);
  }

  @Test
  void givenNothing_whenAShipmentIsLookedUp_thenItIsAbsent() {
    assertThat(shipments.find(ShipmentId.of("SHP-NONE"))).isEmpty();
  }

  @Test
  void givenShipmentsWithIdsOfTheSequenceAndOthers_whenSavedAndFound_thenEachIsFoundUnderItsOwnId() {
    Shipment drawn = shipment(FIRST);
    // Ids a host or an import may give: another form, a sequence number far beyond any drawn, and one that reads as
    // the sequence's number 1 but is not written as the sequence writes it.
    List<Shipment> others = List.of(renamed(drawn, "SHP-IMPORT-7"), renamed(drawn, "SHP-999999999999"),
        renamed(drawn, "SHP-000000001"), renamed(drawn, "SHP-" + (1L << 30)), renamed(drawn, "SHP-" + (1L << 31)));
    save(drawn);
    others.forEach(this::save);
    Shipment cancelled = drawn.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(5), CLERK, "customer called");
    save(cancelled);

    assertThat(shipments.find(drawn.id())).contains(cancelled);
    others.forEach(other -> assertThat(shipments.find(other.id())).contains(other));
    assertThat(shipments.find(ShipmentId.ofSequence(drawn.id().sequenceNumber() + 1))).isEmpty();
    assertThat(shipments.inState(ShipmentState.ALLOCATED)).containsExactlyInAnyOrderElementsOf(others);
    assertThat(shipments.ofOrder(FIRST)).hasSize(others.size() + 1).contains(cancelled);
  }

  /** {@code shipment} under another id. */
  private static Shipment renamed(Shipment shipment, String id) {
    return Shipment.allocated(ShipmentId.of(id), shipment.source(), shipment.lines(), T0, CLERK);
  }

  @Test
  void givenASavedShipment_whenSavedAgainChanged_thenTheChangeReplacesIt() {
    Shipment allocated = shipment(FIRST);
    save(allocated);
    Shipment cancelled = allocated.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(5), CLERK, "warehouse damaged it");
    save(cancelled);

    assertThat(shipments.find(allocated.id())).contains(cancelled);
    assertThat(shipments.inState(ShipmentState.ALLOCATED)).isEmpty();
    assertThat(shipments.inState(ShipmentState.CANCELLED)).containsExactly(cancelled);
  }

  @Test
  void givenATransactionThatFails_whenItSavedAShipment_thenTheShipmentIsNotKept() {
    Shipment allocated = shipment(FIRST);

    assertThatThrownBy(() -> transactions.run(() -> {
      shipments.save(allocated);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(shipments.find(allocated.id())).isEmpty();
    assertThat(shipments.ofOrder(FIRST)).isEmpty();
  }

  @Test
  void givenShipmentsOfSeveralOrders_whenAskedByOrder_thenEachOrderGetsItsOwnById() {
    Shipment both = shipment(FIRST, SECOND);
    Shipment onlySecond = shipment(SECOND);
    save(onlySecond);
    save(both);

    assertThat(shipments.ofOrder(FIRST)).containsExactly(both);
    assertThat(shipments.ofOrder(SECOND)).containsExactlyElementsOf(
        both.id().compareTo(onlySecond.id()) < 0 ? List.of(both, onlySecond) : List.of(onlySecond, both));
    assertThat(shipments.inState(ShipmentState.ALLOCATED)).hasSize(2);
  }

  @Test
  void givenABulkShipmentWhoseOrdersAlternate_whenAskedByOrder_thenEachOrderGetsItOnce() {
    Shipment alternating = shipment(FIRST, SECOND, FIRST, SECOND);
    save(alternating);

    assertThat(shipments.ofOrder(FIRST)).containsExactly(alternating);
    assertThat(shipments.ofOrder(SECOND)).containsExactly(alternating);
  }

  @Test
  void givenAnOrderWithAShipment_whenASecondOneRollsBackAndAThirdIsKept_thenTheOrderHasTheFirstAndTheThird() {
    Shipment first = shipment(FIRST);
    Shipment rolledBack = shipment(SECOND, FIRST);
    Shipment third = shipment(FIRST);
    save(first);

    assertThatThrownBy(() -> transactions.run(() -> {
      shipments.save(rolledBack);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    save(third);

    assertThat(shipments.ofOrder(FIRST)).containsExactly(first, third);
    assertThat(shipments.ofOrder(SECOND)).isEmpty();
  }

  @Test
  void givenAnOrderWithTwoShipments_whenATransactionSavingAThirdAndChangingTheFirstFails_thenBothAreAsBefore() {
    Shipment first = shipment(FIRST);
    Shipment second = shipment(FIRST);
    save(first);
    save(second);

    assertThatThrownBy(() -> transactions.run(() -> {
      shipments.save(shipment(FIRST));
      shipments.save(first.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(5), CLERK, "warehouse damaged it"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(shipments.ofOrder(FIRST)).containsExactly(first, second);
  }

  @Test
  void givenANewShipment_whenItsHistoryIsRead_thenItSaysWhereItIsAllocatedFrom() {
    Shipment allocated = shipment(FIRST);
    save(allocated);

    assertThat(shipments.find(allocated.id()).orElseThrow().history()).singleElement().satisfies(change -> {
      assertThat(change.what()).isEqualTo("allocated from WAREHOUSE:WH-ICHEON");
      assertThat(change.state()).isEqualTo(ShipmentState.ALLOCATED);
      assertThat(change).isEqualTo(new ShipmentChange(T0, CLERK, ShipmentState.ALLOCATED,
          "allocated from WAREHOUSE:WH-ICHEON"));
    });
  }

  @Test
  void givenNewAndStoredShipments_whenSavedAllAtOnce_thenEachIsAsSavedOneByOne() {
    Shipment stored = shipment(FIRST);
    Shipment relabelled = shipment(SECOND);
    save(stored);
    save(relabelled);
    Shipment cancelled = stored.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(5), CLERK, "warehouse damaged it");
    Shipment withWaybill = relabelled.registerWaybill(WaybillNumber.of(Courier.CJ, "123456789012"),
        T0.plusSeconds(6), CLERK);
    Shipment fresh = shipment(FIRST, SECOND);
    Shipment freshThenCancelled = shipment(SECOND);
    Shipment freshWithWaybill = shipment(FIRST).registerWaybill(WaybillNumber.of(Courier.HANJIN, "400000000001"),
        T0.plusSeconds(7), CLERK);

    transactions.run(() -> shipments.saveAll(List.of(fresh, cancelled, freshThenCancelled, withWaybill,
        freshWithWaybill, freshThenCancelled.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(8), CLERK, "again"))));

    assertThat(shipments.find(stored.id())).contains(cancelled);
    assertThat(shipments.find(relabelled.id())).contains(withWaybill);
    assertThat(shipments.find(fresh.id())).contains(fresh);
    assertThat(shipments.find(freshWithWaybill.id())).contains(freshWithWaybill);
    assertThat(shipments.find(freshThenCancelled.id()).orElseThrow().state()).isEqualTo(ShipmentState.CANCELLED);
    assertThat(shipments.ofOrder(FIRST)).extracting(Shipment::id)
        .containsExactlyElementsOf(sorted(stored.id(), fresh.id(), freshWithWaybill.id()));
  }

  @Test
  void givenATransactionThatFails_whenItSavedShipmentsAllAtOnce_thenNoneIsKept() {
    Shipment stored = shipment(FIRST);
    save(stored);
    Shipment fresh = shipment(FIRST, SECOND);

    assertThatThrownBy(() -> transactions.run(() -> {
      shipments.saveAll(List.of(fresh,
          stored.moveTo(ShipmentState.CANCELLED, T0.plusSeconds(5), CLERK, "warehouse damaged it")));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(shipments.find(fresh.id())).isEmpty();
    assertThat(shipments.find(stored.id())).contains(stored);
    assertThat(shipments.ofOrder(SECOND)).isEmpty();
  }

  private static List<ShipmentId> sorted(ShipmentId... ids) {
    return java.util.Arrays.stream(ids).sorted().toList();
  }
}

