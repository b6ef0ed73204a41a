package dev.o2o.examples.wiring;

import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.core.contract.OrderFixtures.CHANNEL;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.adapters.scanner.ScannerEvent;
import dev.o2o.adapters.scanner.SerialScanner;
import dev.o2o.adapters.scanner.SerialSettings;
import dev.o2o.adapters.scanner.SocatPair;
import dev.o2o.allocation.contract.AllocationWorld;
import dev.o2o.allocation.memory.InMemoryAllocationBackend;
import dev.o2o.allocation.outbound.OutboundScanning;
import dev.o2o.allocation.outbound.Progress;
import dev.o2o.allocation.outbound.ScanOutcome;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.WaybillOutcome;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.TakeOrder;
import dev.o2o.core.scan.CodeKind;
import dev.o2o.core.scan.Recognition;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScanListener;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.scan.UnrecognisedReason;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockFigures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A serial scanner (a socat pseudo-terminal standing in for it) drives o2o-allocation's outbound scanning end to end:
 * codes on the line go through {@link SerialScanner} and the {@link ScanIntake} (standard recogniser) to
 * {@link OutboundScanning#listener}, on an in-memory backend, as a packing desk's host wires them.
 */
class SerialScannerOutboundWiringTest {

  /**
   * A Korea Post waybill of 13 digits chosen to be the awkward case: it is not a valid EAN-13 (check digit 0, expected
   * 5) and its mod-7 check fails too (0, expected 1), so the recogniser reports it UNRECOGNISED (bad EAN-13 check
   * digit) with the waybill reading only as an alternative. The raw code still reaches the session, which takes it as
   * the registered waybill it is.
   */
  private static final String KOREA_POST_MISREAD = "6081234567810";

  private static final Actor PACKER = Actor.staff("choi.packer", ICHEON);
  private static final ScannerId DESK = ScannerId.of("pack-desk-1");

  @TempDir
  Path dir;

  private final AllocationWorld world = new AllocationWorld(new InMemoryAllocationBackend());
  private final Shown shown = new Shown();
  private SocatPair line;
  private SerialScanner scanner;

  /** The scans that reached the session and what it answered, in order; the test waits on it rather than on time. */
  private static final class Shown {
    private final List<Scan> scans = new ArrayList<>();
    private final List<ScanOutcome> outcomes = new ArrayList<>();

    synchronized void scan(Scan scan) {
      scans.add(scan);
    }

    synchronized void outcome(ScanOutcome outcome) {
      outcomes.add(outcome);
      notifyAll();
    }

    synchronized List<ScanOutcome> await(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (outcomes.size() < count && System.nanoTime() < deadline) {
        TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
      }
      assertThat(outcomes).as("outcomes shown at the packing desk").hasSizeGreaterThanOrEqualTo(count);
      return List.copyOf(outcomes);
    }

    synchronized List<Scan> scans() {
      return List.copyOf(scans);
    }
  }

  @BeforeEach
  void stockAndLine() throws Exception {
    line = SocatPair.in(dir).plug(); // skips (or fails when CI=true) without socat
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 3);
  }

  @AfterEach
  void unwire() {
    if (scanner != null) {
      scanner.stop();
    }
    if (line != null) {
      line.close();
    }
    world.backend.close();
  }

  /** Wires scanner, intake and outbound scanning: each scan is noted, then handed to the session's listener. */
  private void wire() throws InterruptedException {
    ScanListener session = world.scanning().listener(PACKER, shown::outcome);
    ScanListener desk = scan -> {
      shown.scan(scan);
      session.onScan(scan);
    };
    ScanIntake intake = ScanIntake.builder(world.clock, desk).doubleReadWindow(Duration.ofMillis(300)).build();
    CountDownLatch connected = new CountDownLatch(1);
    scanner = SerialScanner.builder(SerialSettings.of(line.scannerEnd().toString()), intake)
        .id(DESK)
        .events(event -> {
          if (event instanceof ScannerEvent.Connected) {
            connected.countDown();
          }
        })
        .build();
    scanner.start();
    assertThat(connected.await(60, TimeUnit.SECONDS)).as("scanner opened").isTrue();
  }

  /** Takes an order and allocates it COMPLETE from Icheon; its one shipment. */
  private Shipment allocated(String number, TakeOrder.Line... lines) {
    Order order = world.take(order(number, T0, lines));
    OrderOutcome outcome = world.run(AllocationPolicies.COMPLETE).outcomeOf(order.id()).orElseThrow();
    assertThat(outcome).isInstanceOf(OrderOutcome.Allocated.class);
    return world.backend.shipments()
        .find(((OrderOutcome.Allocated) outcome).shipments().get(0).id().orElseThrow()).orElseThrow();
  }

  private WaybillOutcome.Registered register(Shipment shipment, Courier courier, String waybill) {
    WaybillOutcome outcome = world.desk().registerWaybill(shipment.id(), courier, waybill, PACKER);
    assertThat(outcome).isInstanceOf(WaybillOutcome.Registered.class);
    return (WaybillOutcome.Registered) outcome;
  }

  private String barcode(String sku) {
    return world.barcodeOf(sku);
  }

  private List<MallEvent> outboxEvents() {
    return world.backend.outbox().claim(100, world.clock.instant().plusSeconds(3600), Duration.ofMinutes(1))
        .stream().map(OutboxEntry::event).toList();
  }

  private List<Movement> shipMovements(String sku) {
    return world.backend.stockLedger().movementsOf(SkuCode.of(sku)).stream()
        .filter(m -> m.kind() == MovementKind.SHIP).toList();
  }

  @Test
  void givenAnAllocatedOrderWithAKoreaPostWaybill_whenItsWaybillAndUnitsAreScannedOnTheSerialScanner_thenItShips()
      throws Exception {
    Shipment shipment = allocated("OUT-1", line("A", 2), line("B", 1));
    assertThat(register(shipment, Courier.KOREA_POST, KOREA_POST_MISREAD).warning()).isPresent(); // failed mod-7
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(5, 2, 0, 0, 0));
    assertThat(world.position("B", ICHEON).figures()).isEqualTo(new StockFigures(3, 1, 0, 0, 0));
    wire();

    // the waybill, an item the shipment does not carry (refused), one A, a held trigger's double read of it
    // (dropped by the intake: the clock has not moved), then B
    line.write(KOREA_POST_MISREAD + "\r" + barcode("D") + "\r" + barcode("A") + "\r" + barcode("A") + "\r"
        + barcode("B") + "\r");
    List<ScanOutcome> outcomes = shown.await(4);

    assertThat(outcomes).extracting(o -> o.getClass().getSimpleName())
        .containsExactly("Loaded", "Refused", "Counted", "Counted");
    Progress loaded = ((ScanOutcome.Loaded) outcomes.get(0)).progress();
    assertThat(loaded.shipment()).isEqualTo(shipment.id());
    assertThat(loaded.expected()).isEqualTo(3);
    assertThat(outcomes.get(1)).isInstanceOfSatisfying(ScanOutcome.Refused.class, refused -> {
      assertThat(refused.kind()).isEqualTo(ScanOutcome.Refusal.NOT_IN_SHIPMENT);
      assertThat(refused.message()).contains("D", "is not in shipment " + shipment.id());
      assertThat(refused.progress()).contains(loaded); // the session as it was
    });
    assertThat(outcomes.get(3)).isInstanceOfSatisfying(ScanOutcome.Counted.class, counted -> {
      assertThat(counted.sku()).isEqualTo(SkuCode.of("B"));
      assertThat(counted.progress().lines()).containsExactly(new Progress.Line(SkuCode.of("A"), 2, 1),
          new Progress.Line(SkuCode.of("B"), 1, 1)); // the double read of A was not counted
    });
    Scan waybill = shown.scans().get(0);
    assertThat(waybill.code()).isEqualTo(KOREA_POST_MISREAD);
    assertThat(waybill.kind()).isEqualTo(CodeKind.UNRECOGNISED);
    assertThat(waybill.recognition()).isInstanceOfSatisfying(Recognition.Unrecognised.class,
        u -> assertThat(u.reason()).isEqualTo(UnrecognisedReason.BAD_CHECK_DIGIT));
    assertThat(waybill.fits(CodeKind.WAYBILL)).isTrue();
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(5, 2, 0, 0, 0)); // nothing yet
    assertThat(shipMovements("A")).isEmpty();

    world.clock.advance(Duration.ofSeconds(2)); // the packer picks up the second A
    line.write(barcode("A") + "\r");

    assertThat(shown.await(5).get(4)).isInstanceOfSatisfying(ScanOutcome.Shipped.class,
        s -> assertThat(s.shipment().state()).isEqualTo(ShipmentState.SHIPPED));
    assertThat(shown.scans()).extracting(Scan::kind).containsExactly(CodeKind.UNRECOGNISED, CodeKind.EAN_13,
        CodeKind.EAN_13, CodeKind.EAN_13, CodeKind.EAN_13); // five reads reached the session, not six
    assertThat(world.backend.shipments().find(shipment.id()).orElseThrow().state()).isEqualTo(ShipmentState.SHIPPED);
    assertThat(shipMovements("A")).extracting(m -> m.quantity().value()).containsExactly(2);
    assertThat(shipMovements("B")).extracting(m -> m.quantity().value()).containsExactly(1);
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(3, 0, 0, 0, 0));
    assertThat(world.position("B", ICHEON).figures()).isEqualTo(new StockFigures(2, 0, 0, 0, 0));
    assertThat(outboxEvents()).containsExactly(new MallEvent.OrderShipped(CHANNEL, "OUT-1", shipment.id().value(),
        Courier.KOREA_POST.name(), KOREA_POST_MISREAD));
    assertThat(world.scanning().progress(DESK)).isEmpty();
    assertThat(world.inventory.reconcile().isClean()).isTrue();
  }

  /**
   * Waybills the recogniser reads every other way: a Korea Post number with a right mod-7 check digit (a waybill, not
   * an EAN-13), one that is also a valid EAN-13 (read as one, the waybill an alternative), and CJ's 12 digits read as
   * a waybill or, when they make a valid UPC-A, as that.
   */
  static Stream<Arguments> waybills() {
    return Stream.of(
        Arguments.of(Courier.KOREA_POST, "6081234567811", CodeKind.WAYBILL),
        Arguments.of(Courier.KOREA_POST, "6081234567822", CodeKind.EAN_13),
        Arguments.of(Courier.CJ, "684123456785", CodeKind.WAYBILL),
        Arguments.of(Courier.CJ, "684123456786", CodeKind.UPC_A));
  }

  @ParameterizedTest(name = "{0} {1} read as {2}")
  @MethodSource("waybills")
  void givenAWaybillReadAsAnyKind_whenItAndTheUnitAreScanned_thenTheSessionTakesItAsTheWaybillAndShips(
      Courier courier, String number, CodeKind readAs) throws Exception {
    Shipment shipment = allocated("OUT-2", line("A", 1));
    register(shipment, courier, number);
    wire();

    line.write(number + "\r" + barcode("A") + "\r");

    List<ScanOutcome> outcomes = shown.await(2);
    assertThat(shown.scans().get(0).kind()).isEqualTo(readAs);
    assertThat(shown.scans().get(0).fits(CodeKind.WAYBILL)).isTrue();
    assertThat(outcomes.get(0)).isInstanceOf(ScanOutcome.Loaded.class);
    assertThat(outcomes.get(1)).isInstanceOf(ScanOutcome.Shipped.class);
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(4, 0, 0, 0, 0));
    assertThat(outboxEvents()).containsExactly(new MallEvent.OrderShipped(CHANNEL, "OUT-2", shipment.id().value(),
        courier.name(), number));
  }
}
