package dev.o2o.allocation.contract;

import static dev.o2o.allocation.contract.AllocationWorld.BUSAN;
import static dev.o2o.allocation.contract.AllocationWorld.GANGNAM;
import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.allocation.contract.AllocationWorld.PLANNER;
import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.OrderFixtures.KIM_OFFICE;
import static dev.o2o.core.contract.OrderFixtures.PARK;
import static dev.o2o.core.contract.OrderFixtures.PARK_HOME;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.policy.ComposedPolicy;
import dev.o2o.allocation.policy.Decision;
import dev.o2o.allocation.policy.Fulfilments;
import dev.o2o.allocation.policy.Groupings;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.NotAllocatedReason;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.run.PlannedShipment;
import dev.o2o.allocation.run.SkuAvailability;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.Shortage;
import dev.o2o.allocation.sourcing.SourcingDraft;
import dev.o2o.allocation.sourcing.SourcingRule;
import dev.o2o.allocation.sourcing.SourcingRules;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.LocationKind;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderState;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Allocation runs on a backend, scenario by scenario: each policy across two warehouses and a store, sourcing and its
 * rules, holds and priority, dry runs, the report, and cancellation of what was allocated.
 */
public abstract class AllocationRunContract {

  protected AllocationWorld world;

  /** A backend with empty stores. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpWorld() {
    world = new AllocationWorld(newBackend());
  }

  @AfterEach
  void closeBackend() {
    world.backend.close();
  }

  private static <T extends OrderOutcome> T outcome(AllocationReport report, Order order, Class<T> kind) {
    OrderOutcome outcome = report.outcomeOf(order.id()).orElseThrow();
    assertThat(outcome).isInstanceOf(kind);
    return kind.cast(outcome);
  }

  private static List<LocationId> sources(List<PlannedShipment> shipments) {
    return shipments.stream().map(PlannedShipment::source).toList();
  }

  // --- COMPLETE ---

  @Test
  void givenEveryLineAtTheFirstRankedWarehouse_whenAllocatedComplete_thenOneShipmentFromThereAndStockIsAllocated() {
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 5).receive("A", BUSAN, 5).receive("B", BUSAN, 5);
    Order order = world.take(order("C-1", T0, line("A", 2), line("B", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    OrderOutcome.Allocated allocated = outcome(report, order, OrderOutcome.Allocated.class);
    assertThat(sources(allocated.shipments())).containsExactly(ICHEON);
    PlannedShipment planned = allocated.shipments().get(0);
    assertThat(planned.id()).isPresent();
    Shipment shipment = world.backend.shipments().find(planned.id().get()).orElseThrow();
    assertThat(shipment.state()).isEqualTo(ShipmentState.ALLOCATED);
    assertThat(shipment.activeLines()).hasSize(2);
    assertThat(world.position("A", ICHEON).allocated()).isEqualTo(2);
    assertThat(world.position("B", ICHEON).allocated()).isEqualTo(1);
    assertThat(world.position("A", BUSAN).allocated()).isZero();
    Order after = world.order(order.id());
    assertThat(after.state()).isEqualTo(OrderState.ALLOCATED);
    assertThat(after.line(1).allocation().orElseThrow().shipmentId()).isEqualTo(planned.id().get().value());
    assertThat(world.inventory.movementsOf(SkuCode.of("A"))).filteredOn(m -> m.kind() == MovementKind.ALLOCATE)
        .singleElement().extracting(Movement::id).hasToString("ALLOCATE:" + planned.id().get() + "/1");
  }

  @Test
  void givenTheLinesOnlyTogetherAtTheSecondRankedWarehouse_whenAllocatedComplete_thenItShipsWholeFromThere() {
    world.receive("A", ICHEON, 5).receive("A", BUSAN, 5).receive("B", BUSAN, 5);
    Order order = world.take(order("C-2", T0, line("A", 2), line("B", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(sources(outcome(report, order, OrderOutcome.Allocated.class).shipments())).containsExactly(BUSAN);
  }

  @Test
  void givenNoLocationWithEveryLine_whenAllocatedComplete_thenNothingIsAllocatedAndTheReportSaysWhichLineIsShortWhere() {
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 1).receive("B", BUSAN, 5);
    Order order = world.take(order("C-3", T0, line("A", 2), line("B", 3)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    OrderOutcome.NotAllocated not = outcome(report, order, OrderOutcome.NotAllocated.class);
    assertThat(not.reason()).isInstanceOfSatisfying(NotAllocatedReason.Short.class, s -> {
      assertThat(s.policy()).isEqualTo("COMPLETE");
      assertThat(s.shortages()).singleElement().satisfies(shortage -> {
        assertThat(shortage.line().sku()).isEqualTo(SkuCode.of("B"));
        assertThat(shortage.at()).contains(ICHEON);
        assertThat(shortage.shortBy()).isEqualTo(2);
      });
      assertThat(s.message()).contains("line 2 of order MUSINSA/C-3", "short by 2 at WAREHOUSE:WH-ICHEON");
    });
    assertThat(world.position("A", ICHEON).allocated()).isZero();
    assertThat(world.order(order.id()).state()).isEqualTo(OrderState.OPEN);
    assertThat(world.backend.shipments().ofOrder(order.id())).isEmpty();
  }

  @Test
  void givenAStoreWithSafetyStock_whenItIsTheOnlySource_thenOnlyStockAboveTheFloorIsAllocated() {
    world.receive("C", GANGNAM, 3).safetyStock("C", GANGNAM, 2);
    Order two = world.take(order("S-1", T0, line("C", 2)));
    Order one = world.take(order("S-2", T0, line("C", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(outcome(report, two, OrderOutcome.NotAllocated.class).reason().message())
        .contains("short by 1 at STORE:ST-GANGNAM (1 sellable)");
    assertThat(sources(outcome(report, one, OrderOutcome.Allocated.class).shipments())).containsExactly(GANGNAM);
    assertThat(world.position("C", GANGNAM).available()).isEqualTo(2);
    assertThat(world.position("C", GANGNAM).sellableOnline()).isZero();
  }

  // --- EARLY ---

  @Test
  void givenLinesSpreadOverTwoWarehouses_whenAllocatedEarly_thenOneShipmentPerSourceAndTheShortLineStaysOpen() {
    world.receive("A", ICHEON, 5).receive("B", BUSAN, 5);
    Order order = world.take(order("E-1", T0, line("A", 1), line("B", 2), line("C", 1)));

    AllocationReport report = world.run(AllocationPolicies.EARLY);

    OrderOutcome.PartlyAllocated partly = outcome(report, order, OrderOutcome.PartlyAllocated.class);
    assertThat(sources(partly.shipments())).containsExactly(ICHEON, BUSAN);
    assertThat(partly.shortages()).singleElement().satisfies(s -> {
      assertThat(s.line().line()).isEqualTo(3);
      assertThat(s.shortBy()).isEqualTo(1);
    });
    Order after = world.order(order.id());
    assertThat(after.lines()).extracting(l -> l.state())
        .containsExactly(LineState.ALLOCATED, LineState.ALLOCATED, LineState.OPEN);
    assertThat(after.state()).isEqualTo(OrderState.PARTLY_ALLOCATED);

    world.receive("C", GANGNAM, 1);
    AllocationReport later = world.run(AllocationPolicies.EARLY);

    assertThat(sources(outcome(later, order, OrderOutcome.Allocated.class).shipments())).containsExactly(GANGNAM);
    assertThat(world.order(order.id()).state()).isEqualTo(OrderState.ALLOCATED);
    assertThat(world.backend.shipments().ofOrder(order.id())).hasSize(3);
  }

  @Test
  void givenOneWarehouseWithEveryLine_whenAllocatedEarly_thenItPrefersOneLocationOverTheBetterRank() {
    world.receive("A", ICHEON, 5).receive("A", BUSAN, 5).receive("B", BUSAN, 5).receive("C", BUSAN, 5);
    Order order = world.take(order("E-2", T0, line("A", 1), line("B", 1), line("C", 1)));

    AllocationReport report = world.run(AllocationPolicies.EARLY);

    assertThat(sources(outcome(report, order, OrderOutcome.Allocated.class).shipments())).containsExactly(BUSAN);
  }

  @Test
  void givenNoLineAvailable_whenAllocatedEarly_thenTheOrderIsNotAllocatedWithEveryLineShort() {
    world.receive("A", ICHEON, 1);
    Order order = world.take(order("E-3", T0, line("A", 2), line("B", 1)));

    AllocationReport report = world.run(AllocationPolicies.EARLY);

    NotAllocatedReason reason = outcome(report, order, OrderOutcome.NotAllocated.class).reason();
    assertThat(reason).isInstanceOfSatisfying(NotAllocatedReason.Short.class,
        s -> assertThat(s.shortages()).extracting(Shortage::shortBy).containsExactly(1, 1));
  }

  // --- BULK ---

  @Test
  void givenTwoOrdersOfOneCustomerToOneAddress_whenAllocatedBulk_thenTheyShipTogetherAsOneShipment() {
    world.receive("A", ICHEON, 5).receive("B", BUSAN, 5).receive("A", BUSAN, 5);
    Order first = world.take(order("B-1", T0, KIM, KIM_HOME, line("A", 1)));
    Order second = world.take(order("B-2", T0, KIM, KIM_HOME, line("B", 1)));
    Order office = world.take(order("B-3", T0, KIM, KIM_OFFICE, line("A", 1)));

    AllocationReport report = world.run(AllocationPolicies.BULK);

    List<PlannedShipment> firstShipments = outcome(report, first, OrderOutcome.Allocated.class).shipments();
    assertThat(firstShipments).singleElement().satisfies(s -> {
      assertThat(s.source()).isEqualTo(BUSAN);
      assertThat(s.lines()).extracting(d -> d.order()).containsExactly(first.id(), second.id());
    });
    assertThat(outcome(report, second, OrderOutcome.Allocated.class).shipments()).isEqualTo(firstShipments);
    assertThat(sources(outcome(report, office, OrderOutcome.Allocated.class).shipments())).containsExactly(ICHEON);
    assertThat(report.totals().shipments()).isEqualTo(2);
    Shipment together = world.backend.shipments().find(firstShipments.get(0).id().orElseThrow()).orElseThrow();
    assertThat(together.orders()).containsExactly(first.id(), second.id());
  }

  @Test
  void givenOneOrderOfAGroupShort_whenAllocatedBulk_thenNoneOfTheGroupIsAllocatedAndEachSaysSo() {
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 1);
    Order first = world.take(order("B-4", T0, PARK, PARK_HOME, line("A", 1)));
    Order second = world.take(order("B-5", T0, PARK, PARK_HOME, line("B", 2)));

    AllocationReport report = world.run(AllocationPolicies.BULK);

    for (Order order : List.of(first, second)) {
      NotAllocatedReason reason = outcome(report, order, OrderOutcome.NotAllocated.class).reason();
      assertThat(reason).isInstanceOfSatisfying(NotAllocatedReason.Short.class, s -> {
        assertThat(s.policy()).isEqualTo("BULK");
        assertThat(s.group()).containsExactly(first.id(), second.id());
      });
      assertThat(reason.message()).contains("allocated together with", "line 1 of order MUSINSA/B-5");
    }
    assertThat(world.position("A", ICHEON).allocated()).isZero();
  }

  // --- candidates: hold, priority, per-order policy ---

  @Test
  void givenAHeldOrder_whenAllocated_thenItIsLeftOutWithItsHoldReason() {
    world.receive("A", ICHEON, 5);
    Order held = world.take(order("H-1", T0, line("A", 1)));
    world.orderBook.hold(held.id(), "주소 확인 필요", PLANNER);

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(outcome(report, held, OrderOutcome.NotAllocated.class).reason())
        .isEqualTo(new NotAllocatedReason.Held("주소 확인 필요"));
    assertThat(report.totals().held()).isEqualTo(1);
    assertThat(world.position("A", ICHEON).allocated()).isZero();
  }

  @Test
  void givenAPriorityOrderTakenLast_whenStockSuffersOnlyOne_thenThePriorityOrderGetsIt() {
    world.receive("A", ICHEON, 1);
    Order older = world.take(order("P-1", T0, line("A", 1)));
    Order urgent = world.take(order("P-2", T0.plusSeconds(60), line("A", 1)));
    world.orderBook.prioritise(urgent.id(), true, PLANNER);

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(report.outcomes().get(0).order()).isEqualTo(urgent.id());
    outcome(report, urgent, OrderOutcome.Allocated.class);
    outcome(report, older, OrderOutcome.NotAllocated.class);
  }

  @Test
  void givenTheSameStock_whenTheOlderOrderComesFirst_thenItGetsIt() {
    world.receive("A", ICHEON, 1);
    Order newer = world.take(order("O-2", T0.plusSeconds(60), line("A", 1)));
    Order older = world.take(order("O-1", T0, line("A", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    outcome(report, older, OrderOutcome.Allocated.class);
    outcome(report, newer, OrderOutcome.NotAllocated.class);
  }

  @Test
  void givenAnOrderWithItsOwnPolicy_whenTheRunIsComplete_thenThatOrderFollowsItsOwn() {
    world.receive("A", ICHEON, 5).receive("B", BUSAN, 5);
    Order early = world.take(order("X-1", T0, line("A", 1), line("B", 1)));
    Order complete = world.take(order("X-2", T0, line("A", 1), line("B", 1)));
    world.orderBook.choosePolicy(early.id(), Optional.of("EARLY"), PLANNER);

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(sources(outcome(report, early, OrderOutcome.Allocated.class).shipments())).containsExactly(ICHEON, BUSAN);
    outcome(report, complete, OrderOutcome.NotAllocated.class);
  }

  @Test
  void givenAnOrderNamingAnUnknownPolicy_whenAllocated_thenTheReportSaysSoAndTheRunGoesOn() {
    world.receive("A", ICHEON, 5);
    Order odd = world.take(order("U-1", T0, line("A", 1)));
    Order fine = world.take(order("U-2", T0, line("A", 1)));
    world.orderBook.choosePolicy(odd.id(), Optional.of("FASTEST"), PLANNER);

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(outcome(report, odd, OrderOutcome.NotAllocated.class).reason())
        .isEqualTo(new NotAllocatedReason.UnknownPolicy("FASTEST"));
    outcome(report, fine, OrderOutcome.Allocated.class);
  }

  // --- rules and policies a host writes ---

  @Test
  void givenAHostRuleThatPrefersStores_whenAllocated_thenTheStoreShipsThoughItsRankIsWorse() {
    world.receive("A", ICHEON, 5).receive("A", GANGNAM, 5);
    SourcingRule storesFirst = (a, b) -> Boolean.compare(
        b.location().id().kind() == LocationKind.STORE, a.location().id().kind() == LocationKind.STORE);
    world.withAllocator(builder -> builder.sourcingRule(
        SourcingRules.WHOLE_SHIPMENT_FIRST.then(storesFirst).then(SourcingRules.BY_RANK)));
    Order order = world.take(order("R-1", T0, line("A", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(sources(outcome(report, order, OrderOutcome.Allocated.class).shipments())).containsExactly(GANGNAM);
  }

  @Test
  void givenAHostPolicyComposedOfBuiltInParts_whenAllocated_thenItGroupsByCustomerAndShipsWhatIsAvailable() {
    world.receive("A", ICHEON, 5);
    ComposedPolicy bulkEarly = new ComposedPolicy("BULK_EARLY", Groupings.SAME_CUSTOMER_AND_DESTINATION,
        Fulfilments.AVAILABLE_LINES_FROM_FEWEST_SOURCES);
    Order first = world.take(order("Q-1", T0, KIM, KIM_HOME, line("A", 1)));
    Order second = world.take(order("Q-2", T0, KIM, KIM_HOME, line("B", 1), line("A", 1)));

    AllocationReport report = world.run(bulkEarly);

    PlannedShipment shipment = outcome(report, first, OrderOutcome.Allocated.class).shipments().get(0);
    assertThat(shipment.lines()).extracting(d -> d.order()).containsExactly(first.id(), second.id());
    assertThat(outcome(report, second, OrderOutcome.PartlyAllocated.class).shortages())
        .extracting(s -> s.line().sku()).containsExactly(SkuCode.of("B"));
  }

  @Test
  void givenAHostPolicyWithOneKeyForAll_whenItSaysEachOrderIsAlone_thenEachOrderIsAllocatedOnItsOwn() {
    FitsAndShort orders = oneThatFitsAndOneShort("K-1", "K-2");

    AllocationReport alone = world.run(oneKeyForAll("ONE_KEY_ALONE", true));

    outcome(alone, orders.fits(), OrderOutcome.Allocated.class);
    assertThat(outcome(alone, orders.isShort(), OrderOutcome.NotAllocated.class).reason())
        .isInstanceOfSatisfying(NotAllocatedReason.Short.class,
            s -> assertThat(s.group()).containsExactly(orders.isShort().id()));
  }

  @Test
  void givenAHostPolicyWithOneKeyForAll_whenItGroupsByKey_thenTheOrdersAreAllocatedTogetherOrNotAtAll() {
    FitsAndShort orders = oneThatFitsAndOneShort("K-3", "K-4");

    AllocationReport together = world.run(oneKeyForAll("ONE_KEY", false));

    for (Order order : List.of(orders.fits(), orders.isShort())) {
      assertThat(outcome(together, order, OrderOutcome.NotAllocated.class).reason())
          .isInstanceOfSatisfying(NotAllocatedReason.Short.class,
              s -> assertThat(s.group()).containsExactly(orders.fits().id(), orders.isShort().id()));
    }
    assertThat(world.position("A", ICHEON).allocated()).isZero();
  }

  /** An order that the stock at hand fits, and one it does not. */
  private record FitsAndShort(Order fits, Order isShort) {}

  /** One unit of A at Icheon, an order of it, and a later order of B, which no source holds. */
  private FitsAndShort oneThatFitsAndOneShort(String fits, String isShort) {
    world.receive("A", ICHEON, 1);
    return new FitsAndShort(world.take(order(fits, T0, line("A", 1))),
        world.take(order(isShort, T0.plusSeconds(60), line("B", 1))));
  }

  /** A host's policy that gives every order the same key, and says whether each order is a group of its own. */
  private static AllocationPolicy oneKeyForAll(String name, boolean eachOrderAlone) {
    return new AllocationPolicy() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Object groupKey(Order order) {
        return "everything";
      }

      @Override
      public boolean groupsEachOrderAlone() {
        return eachOrderAlone;
      }

      @Override
      public Decision decide(List<Demand> lines, SourcingDraft draft) {
        return Fulfilments.WHOLE_FROM_ONE_SOURCE.decide(lines, draft);
      }
    };
  }

  // --- dry run and report ---

  @Test
  void givenOrders_whenDryRun_thenTheReportIsTheRealRunsAndNothingIsCommitted() {
    world.receive("A", ICHEON, 3).receive("B", BUSAN, 1);
    Order first = world.take(order("D-1", T0, line("A", 2), line("B", 1)));
    Order second = world.take(order("D-2", T0, line("A", 2)));

    AllocationReport dry = world.dryRun(AllocationPolicies.EARLY);

    assertThat(dry.dryRun()).isTrue();
    assertThat(world.position("A", ICHEON).allocated()).isZero();
    assertThat(world.order(first.id()).state()).isEqualTo(OrderState.OPEN);
    assertThat(world.backend.shipments().inState(ShipmentState.ALLOCATED)).isEmpty();
    assertThat(outcome(dry, first, OrderOutcome.Allocated.class).shipments())
        .allSatisfy(s -> assertThat(s.id()).isEmpty());

    AllocationReport real = world.run(AllocationPolicies.EARLY);

    assertThat(ReportComparison.withoutShipmentIds(real.outcomes()))
        .isEqualTo(ReportComparison.withoutShipmentIds(dry.outcomes()));
    assertThat(real.totals()).isEqualTo(dry.totals());
    assertThat(real.availability()).isEqualTo(dry.availability());
    outcome(real, second, OrderOutcome.NotAllocated.class);
  }

  @Test
  void givenARun_whenItIsReported_thenTotalsAndTheAvailabilityOfEveryTouchedSkuAreShown() {
    world.receive("A", ICHEON, 5).receive("A", BUSAN, 2).receive("B", ICHEON, 1);
    world.take(order("T-1", T0, line("A", 3)));
    world.take(order("T-2", T0, line("A", 1), line("B", 1)));
    world.take(order("T-3", T0, line("B", 1)));

    AllocationReport report = world.run(AllocationPolicies.COMPLETE);

    assertThat(report.totals().orders()).isEqualTo(3);
    assertThat(report.totals().allocated()).isEqualTo(2);
    assertThat(report.totals().notAllocated()).isEqualTo(1);
    assertThat(report.totals().shipments()).isEqualTo(2);
    assertThat(report.totals().lines()).isEqualTo(3);
    assertThat(report.totals().units()).isEqualTo(5);
    assertThat(report.availability()).containsExactly(
        new SkuAvailability(SkuCode.of("A"), 7, 7, 3),
        new SkuAvailability(SkuCode.of("B"), 1, 1, 0));
  }

  // --- cancellation of what was allocated ---

  @Test
  void givenAnAllocatedOrder_whenItIsCancelled_thenItsStockIsGivenBackAndItsShipmentCancelled() {
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 5);
    Order order = world.take(order("K-1", T0, line("A", 2), line("B", 1)));
    AllocationReport report = world.run(AllocationPolicies.COMPLETE);
    var shipmentId = outcome(report, order, OrderOutcome.Allocated.class).shipments().get(0).id().orElseThrow();

    world.orderBook.cancelLine(order.id(), 1, "고객 변심", PLANNER);

    Shipment partly = world.backend.shipments().find(shipmentId).orElseThrow();
    assertThat(partly.state()).isEqualTo(ShipmentState.ALLOCATED);
    assertThat(partly.activeLines()).extracting(l -> l.sku()).containsExactly(SkuCode.of("B"));
    assertThat(world.position("A", ICHEON).allocated()).isZero();

    world.orderBook.cancelOrder(order.id(), "고객 변심", PLANNER);

    assertThat(world.backend.shipments().find(shipmentId).orElseThrow().state()).isEqualTo(ShipmentState.CANCELLED);
    assertThat(world.position("B", ICHEON).allocated()).isZero();
    assertThat(world.inventory.reconcile().isClean()).isTrue();
  }

  @Test
  void givenAnAllocatedOrder_whenAllocatedAgain_thenNothingMore() {
    world.receive("A", ICHEON, 5);
    Order order = world.take(order("N-1", T0, line("A", 2)));
    world.run(AllocationPolicies.COMPLETE);

    AllocationReport again = world.run(AllocationPolicies.COMPLETE);

    assertThat(again.outcomeOf(order.id())).isEmpty();
    assertThat(world.position("A", ICHEON).allocated()).isEqualTo(2);
  }

  /** An order id for tests that need one without taking an order. */
  protected static OrderId id(String number) {
    return OrderId.of("MUSINSA", number);
  }
}
