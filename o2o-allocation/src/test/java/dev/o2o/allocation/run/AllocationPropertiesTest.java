package dev.o2o.allocation.run;

import static dev.o2o.allocation.contract.AllocationWorld.BUSAN;
import static dev.o2o.allocation.contract.AllocationWorld.GANGNAM;
import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.allocation.contract.AllocationWorld.PLANNER;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.allocation.contract.AllocationWorld;
import dev.o2o.allocation.contract.ReportComparison;
import dev.o2o.allocation.memory.InMemoryAllocationBackend;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.core.contract.OrderFixtures;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.TakeOrder;
import dev.o2o.core.stock.StockPosition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of allocation runs over random worlds (stock at two warehouses and a store with safety stock; orders of
 * two customers to two addresses, some priority, some held) under a random policy.
 */
class AllocationPropertiesTest {

  private static final int EXAMPLES = 300;
  private static final List<String> SKUS = List.of("A", "B", "C", "D");
  private static final List<LocationId> LOCATIONS = List.of(ICHEON, BUSAN, GANGNAM);
  private static final List<Customer> CUSTOMERS = List.of(OrderFixtures.KIM, OrderFixtures.PARK);
  private static final List<Destination> DESTINATIONS = List.of(OrderFixtures.KIM_HOME, OrderFixtures.PARK_HOME);

  /** One order line: SKU index and quantity. */
  record LineSpec(int sku, int quantity) {}

  /** One order: customer, destination, priority, held, lines. */
  record OrderSpec(int customer, int destination, boolean priority, boolean held, List<LineSpec> lines) {}

  /** Stock per SKU and location, the store's safety stock per SKU, the orders in the order they came. */
  record World(int[] stock, int[] storeSafety, List<OrderSpec> orders) {
    @Override
    public String toString() {
      return "stock " + java.util.Arrays.toString(stock) + ", store safety " + java.util.Arrays.toString(storeSafety)
          + ", orders " + orders;
    }
  }

  private static Gen<OrderSpec> orders() {
    Gen<LineSpec> line = integers().between(0, SKUS.size() - 1).zip(integers().between(1, 3), LineSpec::new);
    return integers().between(0, 1).zip(integers().between(0, 1), integers().between(0, 7),
        lists().of(line).ofSizeBetween(1, 3),
        (customer, destination, flags, lines) ->
            new OrderSpec(customer, destination, flags == 1 || flags == 2, flags == 7, lines));
  }

  private static Gen<World> worlds() {
    return Generate.intArrays(Generate.constant(SKUS.size() * LOCATIONS.size()), integers().between(0, 4))
        .zip(Generate.intArrays(Generate.constant(SKUS.size()), integers().between(0, 2)),
            lists().of(orders()).ofSizeBetween(1, 12), World::new);
  }

  private static Gen<AllocationPolicy> policies() {
    return Generate.pick(AllocationPolicies.builtIn());
  }

  /** A fresh world with this stock and these orders taken in. */
  private static AllocationWorld build(World spec) {
    AllocationWorld world = new AllocationWorld(new InMemoryAllocationBackend());
    for (int s = 0; s < SKUS.size(); s++) {
      for (int l = 0; l < LOCATIONS.size(); l++) {
        int quantity = spec.stock()[s * LOCATIONS.size() + l];
        if (quantity > 0) {
          world.receive(SKUS.get(s), LOCATIONS.get(l), quantity);
        }
      }
      if (spec.storeSafety()[s] > 0) {
        world.safetyStock(SKUS.get(s), GANGNAM, spec.storeSafety()[s]);
      }
    }
    for (int i = 0; i < spec.orders().size(); i++) {
      OrderSpec o = spec.orders().get(i);
      List<TakeOrder.Line> lines = o.lines().stream()
          .map(l -> TakeOrder.Line.of(SKUS.get(l.sku()), l.quantity())).toList();
      Order order = world.take(new TakeOrder(OrderFixtures.orderId("P-" + i), T0.plus(Duration.ofMinutes(i)),
          CUSTOMERS.get(o.customer()), DESTINATIONS.get(o.destination()), lines, OrderFixtures.OPERATOR));
      if (o.priority()) {
        world.orderBook.prioritise(order.id(), true, PLANNER);
      }
      if (o.held()) {
        world.orderBook.hold(order.id(), "보류", PLANNER);
      }
    }
    return world;
  }

  private static List<Order> ordersOf(AllocationWorld world, World spec) {
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < spec.orders().size(); i++) {
      orders.add(world.order(OrderFixtures.orderId("P-" + i)));
    }
    return orders;
  }

  @Test
  void neverAllocatesMoreThanIsSellableAtAPosition() {
    qt().withExamples(EXAMPLES).forAll(worlds(), policies()).checkAssert((spec, policy) -> {
      AllocationWorld world = build(spec);
      world.run(policy);

      Map<String, Integer> allocatedByLines = new HashMap<>();
      for (Order order : ordersOf(world, spec)) {
        for (OrderLine line : order.lines()) {
          line.allocation().filter(a -> line.isAllocated()).ifPresent(a ->
              allocatedByLines.merge(line.sku() + "@" + a.source(), line.quantity().value(), Integer::sum));
        }
      }
      for (String sku : SKUS) {
        for (LocationId location : LOCATIONS) {
          StockPosition position = world.position(sku, location);
          assertThat(position.allocated()).as("allocated %s at %s", sku, location)
              .isEqualTo(allocatedByLines.getOrDefault(sku + "@" + location, 0));
          if (position.allocated() > 0) {
            assertThat(position.available()).as("available %s at %s", sku, location)
                .isGreaterThanOrEqualTo(position.safetyStock());
          }
        }
      }
      assertThat(world.inventory.reconcile().isClean()).isTrue();
    });
  }

  @Test
  void neverAllocatesAHeldOrder() {
    qt().withExamples(EXAMPLES).forAll(worlds(), policies()).checkAssert((spec, policy) -> {
      AllocationWorld world = build(spec);
      world.run(policy);

      for (Order order : ordersOf(world, spec)) {
        if (order.isHeld()) {
          assertThat(order.lines()).allMatch(OrderLine::isOpen);
        }
      }
    });
  }

  @Test
  void completeNeverLeavesAnOrderPartlyAllocated() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(spec -> {
      AllocationWorld world = build(spec);
      world.run(AllocationPolicies.COMPLETE);

      for (Order order : ordersOf(world, spec)) {
        Set<String> shipments = order.lines().stream().flatMap(l -> l.allocation().stream())
            .map(LineAllocation::shipmentId).collect(Collectors.toSet());
        boolean allOpen = order.lines().stream().allMatch(OrderLine::isOpen);
        boolean allInOne = order.lines().stream().allMatch(OrderLine::isAllocated) && shipments.size() == 1;
        assertThat(allOpen || allInOne).as("order %s: %s", order.id(), order.lines()).isTrue();
      }
    });
  }

  @Test
  void bulkNeverSplitsAGroup() {
    qt().withExamples(EXAMPLES).forAll(worlds()).checkAssert(spec -> {
      AllocationWorld world = build(spec);
      world.run(AllocationPolicies.BULK);

      Map<String, List<Order>> groups = ordersOf(world, spec).stream().filter(o -> !o.isHeld())
          .collect(Collectors.groupingBy(o -> o.customer().id() + "|" + o.destination()));
      for (List<Order> group : groups.values()) {
        List<OrderLine> lines = group.stream().flatMap(o -> o.lines().stream()).toList();
        Set<String> shipments = lines.stream().flatMap(l -> l.allocation().stream())
            .map(LineAllocation::shipmentId).collect(Collectors.toSet());
        boolean noneAllocated = lines.stream().allMatch(OrderLine::isOpen);
        boolean allInOne = lines.stream().allMatch(OrderLine::isAllocated) && shipments.size() == 1;
        assertThat(noneAllocated || allInOne).as("group %s", group.stream().map(Order::id).toList()).isTrue();
      }
    });
  }

  /**
   * A priority order left with an open line could not have been served even with the stock that non-priority orders
   * took given back: under EARLY, no location has enough for the line; under COMPLETE, no location has enough for
   * every line.
   */
  @Test
  void aPriorityOrderIsNeverLeftShortWhileANonPriorityOrderTookTheStockItNeeded() {
    Gen<AllocationPolicy> completeOrEarly = Generate.pick(List.of(AllocationPolicies.COMPLETE,
        AllocationPolicies.EARLY));
    qt().withExamples(EXAMPLES).forAll(worlds(), completeOrEarly).checkAssert((spec, policy) -> {
      AllocationWorld world = build(spec);
      world.run(policy);
      List<Order> orders = ordersOf(world, spec);

      Map<String, Integer> couldHave = new HashMap<>();
      for (String sku : SKUS) {
        for (LocationId location : LOCATIONS) {
          couldHave.put(sku + "@" + location, world.position(sku, location).sellableOnline());
        }
      }
      for (Order order : orders) {
        if (!order.priority()) {
          for (OrderLine line : order.lines()) {
            if (line.isAllocated()) {
              couldHave.merge(line.sku() + "@" + line.allocation().orElseThrow().source(),
                  line.quantity().value(), Integer::sum);
            }
          }
        }
      }
      for (Order order : orders) {
        if (!order.priority() || order.isHeld() || !order.hasOpenLines()) {
          continue;
        }
        for (LocationId location : LOCATIONS) {
          if (policy == AllocationPolicies.EARLY) {
            for (OrderLine line : order.openLines()) {
              assertThat(couldHave.get(line.sku() + "@" + location))
                  .as("%s line %d at %s", order.id(), line.number(), location)
                  .isLessThan(line.quantity().value());
            }
          } else {
            Map<SkuCode, Integer> need = order.openLines().stream()
                .collect(Collectors.groupingBy(OrderLine::sku, Collectors.summingInt(l -> l.quantity().value())));
            assertThat(need.entrySet().stream().anyMatch(e -> e.getValue() > couldHave.get(e.getKey() + "@" + location)))
                .as("%s could have come whole from %s", order.id(), location).isTrue();
          }
        }
      }
    });
  }

  @Test
  void aDryRunsReportEqualsTheRealRunsAndCommitsNothing() {
    qt().withExamples(EXAMPLES).forAll(worlds(), policies()).checkAssert((spec, policy) -> {
      AllocationWorld world = build(spec);
      List<Order> before = ordersOf(world, spec);

      AllocationReport dry = world.dryRun(policy);
      assertThat(ordersOf(world, spec)).isEqualTo(before);
      for (String sku : SKUS) {
        for (LocationId location : LOCATIONS) {
          assertThat(world.position(sku, location).allocated()).isZero();
        }
      }
      AllocationReport real = world.run(policy);

      assertThat(ReportComparison.withoutShipmentIds(real.outcomes()))
          .isEqualTo(ReportComparison.withoutShipmentIds(dry.outcomes()));
      assertThat(real.totals()).isEqualTo(dry.totals());
      assertThat(dry.totals()).isEqualTo(totalsOf(dry.outcomes()));
      assertThat(real.availability()).isEqualTo(dry.availability());
    });
  }

  /**
   * The totals read back from the outcomes alone: a shipment that carries lines of several orders (BULK) is listed
   * under each of them, and counted under the order of its first line only.
   */
  private static AllocationTotals totalsOf(List<OrderOutcome> outcomes) {
    int allocated = 0;
    int partly = 0;
    int not = 0;
    int held = 0;
    int shipments = 0;
    int lines = 0;
    int units = 0;
    for (OrderOutcome outcome : outcomes) {
      List<PlannedShipment> shipped = List.of();
      if (outcome instanceof OrderOutcome.Allocated a) {
        allocated++;
        shipped = a.shipments();
      } else if (outcome instanceof OrderOutcome.PartlyAllocated p) {
        partly++;
        shipped = p.shipments();
      } else if (outcome instanceof OrderOutcome.NotAllocated n) {
        not++;
        held += n.reason() instanceof NotAllocatedReason.Held ? 1 : 0;
      }
      for (PlannedShipment shipment : shipped) {
        if (shipment.lines().get(0).order().equals(outcome.order())) {
          shipments++;
          lines += shipment.lines().size();
          units += shipment.units();
        }
      }
    }
    return new AllocationTotals(outcomes.size(), allocated, partly, not, held, shipments, lines, units);
  }

  @Test
  void theSameInputsGiveTheSamePlan() {
    qt().withExamples(EXAMPLES / 3).forAll(worlds(), policies()).checkAssert((spec, policy) -> {
      AllocationReport first = build(spec).run(policy);
      AllocationReport second = build(spec).run(policy);

      assertThat(second.outcomes()).isEqualTo(first.outcomes());
      assertThat(second.availability()).isEqualTo(first.availability());
    });
  }

  @Test
  void everyOrderWithOpenLinesIsInTheReportWithAReasonWhenNotAllocated() {
    qt().withExamples(EXAMPLES / 3).forAll(worlds(), policies()).checkAssert((spec, policy) -> {
      AllocationWorld world = build(spec);
      AllocationReport report = world.run(policy);

      assertThat(report.outcomes()).hasSize(spec.orders().size());
      for (OrderOutcome outcome : report.outcomes()) {
        Order order = world.order(outcome.order());
        if (outcome instanceof OrderOutcome.NotAllocated n) {
          assertThat(n.reason().message()).isNotBlank();
          assertThat(order.lines()).allMatch(OrderLine::isOpen);
        } else if (outcome instanceof OrderOutcome.Allocated) {
          assertThat(order.lines()).allMatch(l -> l.state() == LineState.ALLOCATED);
        } else {
          assertThat(order.hasOpenLines()).isTrue();
          assertThat(order.lines()).anyMatch(OrderLine::isAllocated);
        }
      }
      assertThat(report.totals()).isEqualTo(totalsOf(report.outcomes()));
      assertThat(report.totals().held()).isEqualTo((int) spec.orders().stream().filter(OrderSpec::held).count());
      assertThat(Optional.of(report.totals().units())).contains(report.availability().stream()
          .mapToInt(SkuAvailability::allocated).sum());
    });
  }
}
