package dev.o2o.allocation.outbound;

import static dev.o2o.allocation.contract.AllocationWorld.BUSAN;
import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.core.contract.OrderFixtures.PARK;
import static dev.o2o.core.contract.OrderFixtures.PARK_HOME;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.allocation.contract.AllocationWorld;
import dev.o2o.allocation.memory.InMemoryAllocationBackend;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.WaybillOutcome;
import dev.o2o.core.model.Actor;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.stock.StockFigures;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of scans (right units, a SKU not in the shipment, an unknown code, the waybill, another waybill),
 * undos and abandons, checked step by step against a model: a shipment never ships incomplete and never twice, stock
 * changes only when it ships, and every refusal leaves the session as it was.
 */
class ScanSequencePropertiesTest {

  private static final Actor PACKER = Actor.staff("choi.packer", ICHEON);
  private static final ScannerId DESK = ScannerId.of("pack-desk-1");
  private static final String WAYBILL = "123456789012";
  private static final String OTHER_WAYBILL = "223456789015";
  private static final List<String> STEPS =
      List.of("unit A", "unit B", "wrong SKU", "unknown code", "waybill", "other waybill", "undo", "abandon");

  /** Allocates Kim's order (A x 2, B x 1) and Park's (C x 1); both waybills registered. */
  private static AllocationWorld world() {
    AllocationWorld world = new AllocationWorld(new InMemoryAllocationBackend());
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 3).receive("C", BUSAN, 1).receive("D", BUSAN, 1);
    Order kim = world.take(order("Q-1", T0, line("A", 2), line("B", 1)));
    world.take(order("Q-2", T0, PARK, PARK_HOME, line("C", 1)));
    AllocationReport report = world.run(AllocationPolicies.COMPLETE);
    ShipmentId kims = ((OrderOutcome.Allocated) report.outcomeOf(kim.id()).orElseThrow()).shipments().get(0)
        .id().orElseThrow();
    register(world, kims, WAYBILL);
    ShipmentId parks = world.backend.shipments().inState(ShipmentState.ALLOCATED).get(0).id();
    register(world, parks, OTHER_WAYBILL);
    return world;
  }

  private static void register(AllocationWorld world, ShipmentId shipment, String waybill) {
    assertThat(world.desk().registerWaybill(shipment, Courier.CJ, waybill, PACKER))
        .isInstanceOf(WaybillOutcome.Registered.class);
  }

  /** What the session should be: open or not, the units scanned (in order), shipped or not. */
  private static final class Model {
    boolean open;
    boolean shipped;
    final Deque<String> scans = new ArrayDeque<>();

    long count(String sku) {
      return scans.stream().filter(sku::equals).count();
    }
  }

  @Test
  void aShipmentNeverShipsIncompleteNorTwiceAndStockChangesOnlyWhenItShips() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, STEPS.size() - 1)).ofSizeBetween(1, 40))
        .checkAssert(steps -> {
          AllocationWorld world = world();
          OutboundScanning scanning = world.scanning();
          Shipment shipment = world.desk().findByWaybill(WAYBILL).orElseThrow();
          StockFigures a = world.position("A", ICHEON).figures();
          StockFigures b = world.position("B", ICHEON).figures();
          Model model = new Model();
          for (int step : steps) {
            world.clock.advance(Duration.ofSeconds(1));
            var before = scanning.progress(DESK);
            ScanOutcome outcome = switch (step) {
              case 0 -> scanning.scan(DESK, world.barcodeOf("A"), PACKER);
              case 1 -> scanning.scan(DESK, "B", PACKER);
              case 2 -> scanning.scan(DESK, world.barcodeOf("D"), PACKER);
              case 3 -> scanning.scan(DESK, "NOT-A-CODE", PACKER);
              case 4 -> scanning.scan(DESK, WAYBILL, PACKER);
              case 5 -> model.open ? scanning.scan(DESK, OTHER_WAYBILL, PACKER) : null;
              case 6 -> scanning.undo(DESK, PACKER);
              default -> scanning.abandon(DESK, PACKER);
            };
            if (outcome == null) {
              continue;
            }
            String expected = expect(model, step);
            assertThat(describe(outcome)).as("step %s after %s", STEPS.get(step), model.scans).isEqualTo(expected);
            if (outcome instanceof ScanOutcome.Refused) {
              assertThat(scanning.progress(DESK)).as("a refusal changes nothing").isEqualTo(before);
            }
            Shipment now = world.backend.shipments().find(shipment.id()).orElseThrow();
            assertThat(now.state()).isEqualTo(model.shipped ? ShipmentState.SHIPPED : ShipmentState.WAYBILL_REGISTERED);
            assertThat(world.position("A", ICHEON).figures())
                .isEqualTo(model.shipped ? new StockFigures(a.onHand() - 2, a.allocated() - 2, 0, 0, 0) : a);
            assertThat(world.position("B", ICHEON).figures())
                .isEqualTo(model.shipped ? new StockFigures(b.onHand() - 1, b.allocated() - 1, 0, 0, 0) : b);
            assertThat(world.backend.outbox().pendingCount()).isEqualTo(model.shipped ? 1 : 0);
            assertThat(world.order(now.orders().get(0)).lines()).extracting(l -> l.state())
                .containsOnly(model.shipped ? LineState.SHIPPED : LineState.ALLOCATED);
          }
          assertThat(world.inventory.reconcile().isClean()).isTrue();
        });
  }

  /** The outcome the model expects of a step, as {@link #describe} writes outcomes; updates the model. */
  private static String expect(Model model, int step) {
    switch (step) {
      case 0, 1 -> {
        String sku = step == 0 ? "A" : "B";
        if (!model.open) {
          return "refused NO_SESSION";
        }
        if (model.count(sku) >= (sku.equals("A") ? 2 : 1)) {
          return "refused TOO_MANY";
        }
        model.scans.push(sku);
        if (model.count("A") == 2 && model.count("B") == 1) {
          model.shipped = true;
          model.open = false;
          return "shipped";
        }
        return "counted " + sku;
      }
      case 2 -> {
        return model.open ? "refused NOT_IN_SHIPMENT" : "refused NO_SESSION";
      }
      case 3 -> {
        return "refused UNKNOWN_CODE";
      }
      case 4 -> {
        if (model.shipped) {
          return "refused NOT_SHIPPABLE";
        }
        if (model.open) {
          return "refused FINISH_FIRST";
        }
        model.open = true;
        return model.scans.isEmpty() ? "loaded or resumed" : "resumed";
      }
      case 5 -> {
        return "refused FINISH_FIRST";
      }
      case 6 -> {
        if (!model.open) {
          return "refused NO_SESSION";
        }
        if (model.scans.isEmpty()) {
          return "refused NOTHING_TO_UNDO";
        }
        return "undone " + model.scans.pop();
      }
      default -> {
        if (!model.open) {
          return "refused NO_SESSION";
        }
        model.open = false;
        return "abandoned";
      }
    }
  }

  private static String describe(ScanOutcome outcome) {
    if (outcome instanceof ScanOutcome.Refused refused) {
      return "refused " + refused.kind();
    } else if (outcome instanceof ScanOutcome.Counted counted) {
      return "counted " + counted.sku();
    } else if (outcome instanceof ScanOutcome.Undone undone) {
      return "undone " + undone.sku();
    } else if (outcome instanceof ScanOutcome.Shipped) {
      return "shipped";
    } else if (outcome instanceof ScanOutcome.Abandoned) {
      return "abandoned";
    } else if (outcome instanceof ScanOutcome.Resumed resumed) {
      return resumed.progress().scanned() == 0 ? "loaded or resumed" : "resumed";
    }
    return "loaded or resumed";
  }
}
