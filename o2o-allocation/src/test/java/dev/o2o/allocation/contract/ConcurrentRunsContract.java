package dev.o2o.allocation.contract;

import static dev.o2o.allocation.contract.AllocationWorld.BUSAN;
import static dev.o2o.allocation.contract.AllocationWorld.GANGNAM;
import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two allocation runs at once on one backend (one COMPLETE, one EARLY, over the same orders and stock) never allocate
 * the same stock or the same order line twice, and both finish: on a database their commits contend for the same
 * order and position rows.
 */
public abstract class ConcurrentRunsContract {

  private static final List<String> SKUS = List.of("A", "B", "C", "D");
  private static final List<LocationId> LOCATIONS = List.of(ICHEON, BUSAN, GANGNAM);

  private AllocationWorld world;

  /** A backend with empty stores whose transactions may run on two threads at once. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpWorld() {
    world = new AllocationWorld(newBackend());
  }

  @AfterEach
  void closeBackend() {
    world.backend.close();
  }

  @RepeatedTest(5)
  void givenTwoRunsAtOnce_whenBothFinish_thenEveryLineIsAllocatedOnceAndNoPositionIsOversold() throws Exception {
    Random random = new Random(42);
    for (String sku : SKUS) {
      for (LocationId location : LOCATIONS) {
        world.receive(sku, location, 20 + random.nextInt(20));
      }
    }
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      orders.add(world.take(order("CC-" + i, T0.plus(Duration.ofSeconds(i)),
          line(SKUS.get(random.nextInt(4)), 1 + random.nextInt(3)),
          line(SKUS.get(random.nextInt(4)), 1 + random.nextInt(3)))));
    }
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<AllocationReport>> runs = new ArrayList<>();
      for (AllocationPolicy policy : List.of(AllocationPolicies.COMPLETE, AllocationPolicies.EARLY)) {
        runs.add(threads.submit(() -> {
          start.await();
          return world.run(policy);
        }));
      }
      start.countDown();
      for (Future<AllocationReport> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    Map<String, Integer> allocatedByLines = new HashMap<>();
    int allocatedLines = 0;
    for (Order taken : orders) {
      for (OrderLine line : world.order(taken.id()).lines()) {
        if (line.isAllocated()) {
          allocatedLines++;
          allocatedByLines.merge(line.sku() + "@" + line.allocation().orElseThrow().source(),
              line.quantity().value(), Integer::sum);
        }
      }
    }
    List<ShipmentLine> shipped = world.backend.shipments().inState(ShipmentState.ALLOCATED).stream()
        .flatMap(s -> s.activeLines().stream()).toList();
    assertThat(shipped).hasSize(allocatedLines);
    assertThat(shipped.stream().map(l -> l.order() + "#" + l.orderLine()).distinct()).hasSize(allocatedLines);
    for (String sku : SKUS) {
      for (LocationId location : LOCATIONS) {
        assertThat(world.position(sku, location).allocated())
            .isEqualTo(allocatedByLines.getOrDefault(sku + "@" + location, 0));
      }
    }
    assertThat(world.inventory.reconcile().isClean()).isTrue();
    assertThat(world.backend.shipments().inState(ShipmentState.ALLOCATED)).extracting(Shipment::state)
        .containsOnly(ShipmentState.ALLOCATED);
  }
}
