package dev.o2o.allocation.contract;

import static dev.o2o.allocation.contract.AllocationWorld.BUSAN;
import static dev.o2o.allocation.contract.AllocationWorld.ICHEON;
import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.allocation.outbound.Progress;
import dev.o2o.allocation.outbound.ScanOutcome;
import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.run.PlannedShipment;
import dev.o2o.allocation.shipment.CancelShipmentOutcome;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.WaybillOutcome;
import dev.o2o.allocation.waybill.RowStatus;
import dev.o2o.allocation.waybill.WaybillImport;
import dev.o2o.allocation.waybill.WaybillImportReport;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.Actor;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderState;
import dev.o2o.core.scan.Recognition;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.stock.StockFigures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shipments after allocation, on a backend: waybill registration one at a time and from courier files (UTF-8 and
 * CP949), cancellation with deallocation, and outbound scanning up to shipped, reading the stock before and after.
 */
public abstract class ShipmentLifecycleContract {

  protected AllocationWorld world;
  private static final Actor PACKER = Actor.staff("choi.packer", ICHEON);
  private static final ScannerId DESK_1 = ScannerId.of("pack-desk-1");
  private static final ScannerId DESK_2 = ScannerId.of("pack-desk-2");
  private static final Charset CP949 = Charset.forName("x-windows-949");

  /** A backend with empty stores, with a waybill registry and a scan session store. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpWorld() {
    world = new AllocationWorld(newBackend());
    world.receive("A", ICHEON, 5).receive("B", ICHEON, 3).receive("C", BUSAN, 4);
  }

  @AfterEach
  void closeBackend() {
    world.backend.close();
  }

  /** A CJ waybill number of 12 digits whose last is the mod-7 check digit of the eleven before it. */
  protected static String cjWaybill(long body) {
    return String.format("%011d", body) + (body % 7);
  }

  /** Takes an order and allocates it COMPLETE; its one shipment. */
  private Shipment allocated(String number, TakeLine... lines) {
    List<dev.o2o.core.order.TakeOrder.Line> taken = new ArrayList<>();
    for (TakeLine l : lines) {
      taken.add(line(l.sku(), l.quantity()));
    }
    Order order = world.take(order(number, T0, taken.toArray(dev.o2o.core.order.TakeOrder.Line[]::new)));
    return onlyShipment(world.run(AllocationPolicies.COMPLETE), order);
  }

  private Shipment onlyShipment(AllocationReport report, Order order) {
    OrderOutcome outcome = report.outcomeOf(order.id()).orElseThrow();
    assertThat(outcome).isInstanceOf(OrderOutcome.Allocated.class);
    PlannedShipment planned = ((OrderOutcome.Allocated) outcome).shipments().get(0);
    return world.backend.shipments().find(planned.id().orElseThrow()).orElseThrow();
  }

  /** A line to order. */
  private record TakeLine(String sku, int quantity) {}

  private static TakeLine of(String sku, int quantity) {
    return new TakeLine(sku, quantity);
  }

  private Shipment registered(Shipment shipment, String waybill) {
    WaybillOutcome outcome = world.desk().registerWaybill(shipment.id(), Courier.CJ, waybill, PACKER);
    assertThat(outcome).isInstanceOf(WaybillOutcome.Registered.class);
    return ((WaybillOutcome.Registered) outcome).shipment();
  }

  private Shipment reload(Shipment shipment) {
    return world.backend.shipments().find(shipment.id()).orElseThrow();
  }

  private ScanOutcome scan(ScannerId station, String code) {
    world.clock.advance(Duration.ofSeconds(1));
    return world.scanning().scan(station, code, PACKER);
  }

  private List<MallEvent> outboxEvents() {
    return world.backend.outbox().claim(100, world.clock.instant().plusSeconds(3600), Duration.ofMinutes(1))
        .stream().map(OutboxEntry::event).toList();
  }

  // --- waybill registration ---

  @Test
  void givenAnAllocatedShipment_whenAValidWaybillIsRegistered_thenItAwaitsScanningWithThatWaybill() {
    Shipment shipment = allocated("W-1", of("A", 1));

    WaybillOutcome outcome = world.desk().registerWaybill(shipment.id(), Courier.CJ, cjWaybill(12345678901L), PACKER);

    assertThat(outcome).isInstanceOfSatisfying(WaybillOutcome.Registered.class,
        r -> assertThat(r.warning()).isEmpty());
    Shipment after = reload(shipment);
    assertThat(after.state()).isEqualTo(ShipmentState.WAYBILL_REGISTERED);
    assertThat(after.waybill().orElseThrow().digits()).isEqualTo(cjWaybill(12345678901L));
    assertThat(world.desk().findByWaybill(cjWaybill(12345678901L))).contains(after);
  }

  @Test
  void givenAWaybillWithAWrongCheckDigit_whenRegistered_thenItIsRegisteredWithAWarning() {
    Shipment shipment = allocated("W-2", of("A", 1));
    String wrongCheck = "12345678901" + ((12345678901L % 7 + 1) % 7);

    WaybillOutcome outcome = world.desk().registerWaybill(shipment.id(), Courier.CJ, wrongCheck, PACKER);

    assertThat(outcome).isInstanceOfSatisfying(WaybillOutcome.Registered.class,
        r -> assertThat(r.warning()).hasValueSatisfying(w -> assertThat(w).contains("mod-7")));
  }

  @Test
  void givenANumberOfTheWrongLength_whenRegistered_thenItIsRefusedAndNothingChanges() {
    Shipment shipment = allocated("W-3", of("A", 1));

    WaybillOutcome outcome = world.desk().registerWaybill(shipment.id(), Courier.LOTTE, "12345", PACKER);

    assertThat(outcome).isInstanceOfSatisfying(WaybillOutcome.InvalidNumber.class,
        i -> assertThat(i.message()).contains("12345", "5 digits"));
    assertThat(reload(shipment).state()).isEqualTo(ShipmentState.ALLOCATED);
  }

  @Test
  void givenANumberOfAnotherShipment_whenRegistered_thenItIsADuplicateAndTheSecondAwaitsStill() {
    Shipment first = registered(allocated("W-4", of("A", 1)), cjWaybill(1L));
    Shipment second = allocated("W-5", of("B", 1));

    WaybillOutcome outcome = world.desk().registerWaybill(second.id(), Courier.CJ, cjWaybill(1L), PACKER);

    assertThat(outcome).isEqualTo(new WaybillOutcome.Duplicate(cjWaybill(1L), first.id()));
    assertThat(reload(second).waybill()).isEmpty();
  }

  @Test
  void givenARegisteredShipment_whenTheSameWaybillComesAgainOrAnotherOne_thenAlreadyRegisteredOrRefused() {
    Shipment shipment = registered(allocated("W-6", of("A", 1)), cjWaybill(6L));

    assertThat(world.desk().registerWaybill(shipment.id(), Courier.CJ, cjWaybill(6L), PACKER))
        .isInstanceOf(WaybillOutcome.AlreadyRegistered.class);
    assertThat(world.desk().registerWaybill(shipment.id(), Courier.CJ, cjWaybill(7L), PACKER))
        .isInstanceOfSatisfying(WaybillOutcome.NotRegistrable.class,
            n -> assertThat(n.message()).contains("already has waybill"));
    assertThat(world.desk().registerWaybill(ShipmentId.of("SHP-NONE"), Courier.CJ, cjWaybill(8L), PACKER))
        .isInstanceOf(WaybillOutcome.UnknownShipment.class);
  }

  // --- cancellation ---

  @Test
  void givenARegisteredShipment_whenCancelled_thenItsStockIsDeallocatedAndItsLinesAreOpenForTheNextRun() {
    Shipment shipment = registered(allocated("X-1", of("A", 2), of("B", 1)), cjWaybill(11L));
    assertThat(world.position("A", ICHEON).allocated()).isEqualTo(2);

    CancelShipmentOutcome outcome = world.desk().cancel(shipment.id(), "파손", PACKER);

    assertThat(outcome).isInstanceOfSatisfying(CancelShipmentOutcome.Cancelled.class,
        c -> assertThat(c.deallocations()).hasSize(2));
    assertThat(reload(shipment).state()).isEqualTo(ShipmentState.CANCELLED);
    assertThat(world.position("A", ICHEON).allocated()).isZero();
    assertThat(world.position("B", ICHEON).allocated()).isZero();
    Order order = world.order(shipment.orders().get(0));
    assertThat(order.state()).isEqualTo(OrderState.OPEN);
    assertThat(world.desk().cancel(shipment.id(), "again", PACKER)).isInstanceOf(CancelShipmentOutcome.Refused.class);

    Shipment again = onlyShipment(world.run(AllocationPolicies.COMPLETE), order);
    assertThat(again.id()).isNotEqualTo(shipment.id());
    assertThat(world.position("A", ICHEON).allocated()).isEqualTo(2);
    assertThat(world.inventory.reconcile().isClean()).isTrue();
  }

  @Test
  void givenAShipmentBeingScanned_whenItIsCancelled_thenTheNextScanSaysSoAndClosesTheSession() {
    Shipment shipment = registered(allocated("X-2", of("A", 2)), cjWaybill(12L));
    scan(DESK_1, cjWaybill(12L));
    scan(DESK_1, world.barcodeOf("A"));

    world.desk().cancel(shipment.id(), "고객 취소", PACKER);
    ScanOutcome next = scan(DESK_1, world.barcodeOf("A"));

    assertThat(next).isInstanceOfSatisfying(ScanOutcome.Refused.class,
        r -> assertThat(r.kind()).isEqualTo(ScanOutcome.Refusal.NOT_SHIPPABLE));
    assertThat(world.scanning().progress(DESK_1)).isEmpty();
    assertThat(world.position("A", ICHEON).onHand()).isEqualTo(5);
  }

  // --- courier files ---

  private WaybillImportReport importFile(String text, Charset charset) {
    return world.importer().run(WaybillImport.of(text.getBytes(charset), Courier.CJ, "MUSINSA", PACKER));
  }

  @Test
  void givenAUtf8FileByOrderNumber_whenImported_thenEachRowIsReportedAndABadRowDoesNotStopTheGoodOnes() {
    Shipment first = allocated("F-1", of("A", 1));
    Shipment second = allocated("F-2", of("B", 1));
    Shipment third = allocated("F-3", of("A", 1));
    String file = "\uFEFF주문번호,송장번호,받는분\r\n"
        + "F-1," + cjWaybill(101L) + ",김민지\r\n"
        + "F-2,12345,박서준\r\n"
        + "F-9," + cjWaybill(109L) + ",이영희\r\n"
        + "F-3," + cjWaybill(101L) + ",최민수\r\n"
        + "\r\n"
        + "F-2,\"" + cjWaybill(102L).substring(0, 4) + "-" + cjWaybill(102L).substring(4) + "\",\"박, 서준\"\r\n";

    WaybillImportReport report = importFile(file, StandardCharsets.UTF_8);

    assertThat(report.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(report.rows()).extracting(r -> r.status()).containsExactly(RowStatus.REGISTERED,
        RowStatus.INVALID_NUMBER, RowStatus.UNKNOWN_SHIPMENT, RowStatus.DUPLICATE, RowStatus.REGISTERED);
    assertThat(report.rows()).extracting(r -> r.line()).containsExactly(2, 3, 4, 5, 7);
    assertThat(report.counts()).containsEntry(RowStatus.REGISTERED, 2).containsEntry(RowStatus.DUPLICATE, 1);
    assertThat(reload(first).waybill().orElseThrow().digits()).isEqualTo(cjWaybill(101L));
    assertThat(reload(second).waybill().orElseThrow().digits()).isEqualTo(cjWaybill(102L));
    assertThat(reload(third).state()).isEqualTo(ShipmentState.ALLOCATED);
    assertThat(report.rows().get(2).message()).contains("line 4", "MUSINSA/F-9", "no shipment awaiting a waybill");

    WaybillImportReport again = importFile(file, StandardCharsets.UTF_8);
    assertThat(again.rows().get(0).status()).isEqualTo(RowStatus.ALREADY_REGISTERED);
  }

  @Test
  void givenACp949FileByShipmentIdWithACourierColumn_whenImported_thenItIsReadAsCp949AndRegistered() {
    Shipment shipment = allocated("F-4", of("A", 1));
    Shipment other = allocated("F-5", of("B", 1));
    String file = "출고번호,택배사,운송장번호\r\n"
        + shipment.id() + ",한진택배," + cjWaybill(201L) + "\r\n"
        + other.id() + ",똠택배," + cjWaybill(202L) + "\r\n"
        + "SHP-99999999,CJ대한통운," + cjWaybill(203L) + "\r\n";

    WaybillImportReport report = importFile(file, CP949);

    assertThat(report.charset()).isEqualTo(CP949);
    assertThat(report.rows()).extracting(r -> r.status())
        .containsExactly(RowStatus.REGISTERED, RowStatus.INVALID_NUMBER, RowStatus.UNKNOWN_SHIPMENT);
    assertThat(report.rows().get(1).message()).contains("똠택배");
    assertThat(reload(shipment).waybill().orElseThrow().courier()).isEqualTo(Courier.HANJIN);
  }

  @Test
  void givenAFileWithoutAWaybillColumn_whenImported_thenTheWholeFileIsRefusedNamingItsHeaders() {
    assertThatThrownBy(() -> importFile("주문번호,받는분\r\nF-1,김민지\r\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("송장번호").hasMessageContaining("받는분");
  }

  // --- outbound scanning ---

  @Test
  void givenARegisteredShipment_whenEveryUnitIsScanned_thenItShipsAndStockOrderAndMallFollow() {
    StockFigures aBefore = world.position("A", ICHEON).figures();
    StockFigures bBefore = world.position("B", ICHEON).figures();
    Shipment shipment = registered(allocated("S-1", of("A", 2), of("B", 1)), cjWaybill(301L));
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(5, 2, 0, 0, 0));

    ScanOutcome loaded = scan(DESK_1, cjWaybill(301L));
    ScanOutcome first = scan(DESK_1, world.barcodeOf("A"));
    ScanOutcome second = scan(DESK_1, "B");
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(5, 2, 0, 0, 0));
    ScanOutcome last = scan(DESK_1, world.barcodeOf("A"));

    assertThat(loaded).isInstanceOfSatisfying(ScanOutcome.Loaded.class,
        l -> assertThat(l.progress().expected()).isEqualTo(3));
    assertThat(first).isInstanceOf(ScanOutcome.Counted.class);
    assertThat(second).isInstanceOfSatisfying(ScanOutcome.Counted.class,
        c -> assertThat(c.progress().remaining()).isEqualTo(1));
    assertThat(last).isInstanceOf(ScanOutcome.Shipped.class);
    assertThat(reload(shipment).state()).isEqualTo(ShipmentState.SHIPPED);
    assertThat(world.order(shipment.orders().get(0)).lines()).extracting(l -> l.state())
        .containsOnly(LineState.SHIPPED);
    assertThat(aBefore).isEqualTo(new StockFigures(5, 0, 0, 0, 0));
    assertThat(world.position("A", ICHEON).figures()).isEqualTo(new StockFigures(3, 0, 0, 0, 0));
    assertThat(bBefore).isEqualTo(new StockFigures(3, 0, 0, 0, 0));
    assertThat(world.position("B", ICHEON).figures()).isEqualTo(new StockFigures(2, 0, 0, 0, 0));
    assertThat(outboxEvents()).containsExactly(new MallEvent.OrderShipped("MUSINSA", "S-1", shipment.id().value(),
        "CJ", cjWaybill(301L)));
    assertThat(world.scanning().progress(DESK_1)).isEmpty();
    assertThat(world.inventory.reconcile().isClean()).isTrue();
  }

  @Test
  void givenAnOpenSession_whenAWrongAnUnknownOrAnExtraCodeIsScanned_thenEachIsRefusedAndTheSessionIsUnchanged() {
    registered(allocated("S-2", of("A", 1), of("B", 1)), cjWaybill(302L));
    registered(allocated("S-3", of("A", 1)), cjWaybill(303L));
    scan(DESK_1, cjWaybill(302L));
    scan(DESK_1, world.barcodeOf("A"));
    Progress before = world.scanning().progress(DESK_1).orElseThrow();

    ScanOutcome wrong = scan(DESK_1, world.barcodeOf("D"));
    ScanOutcome unknown = scan(DESK_1, "8801234567893");
    ScanOutcome unreadable = scan(DESK_1, "#$%");
    ScanOutcome extra = scan(DESK_1, world.barcodeOf("A"));
    ScanOutcome otherWaybill = scan(DESK_1, cjWaybill(303L));
    ScanOutcome sameWaybill = scan(DESK_1, cjWaybill(302L));

    assertThat(List.of(wrong, unknown, unreadable, extra, otherWaybill, sameWaybill))
        .allSatisfy(o -> assertThat(o).isInstanceOf(ScanOutcome.Refused.class))
        .extracting(o -> ((ScanOutcome.Refused) o).kind())
        .containsExactly(ScanOutcome.Refusal.NOT_IN_SHIPMENT, ScanOutcome.Refusal.UNKNOWN_CODE,
            ScanOutcome.Refusal.UNKNOWN_CODE, ScanOutcome.Refusal.TOO_MANY, ScanOutcome.Refusal.FINISH_FIRST,
            ScanOutcome.Refusal.FINISH_FIRST);
    assertThat(wrong.message()).contains("D", "is not in shipment");
    assertThat(extra.message()).contains("one A too many");
    assertThat(otherWaybill.message()).contains("finish waybill " + cjWaybill(302L), "1 unit(s) remaining");
    assertThat(world.scanning().progress(DESK_1)).contains(before);
    assertThat(world.position("A", ICHEON).onHand()).isEqualTo(5);
  }

  @Test
  void givenNoSession_whenAnItemIsScanned_thenItAsksForAWaybillFirst() {
    ScanOutcome outcome = scan(DESK_1, world.barcodeOf("A"));

    assertThat(outcome).isInstanceOfSatisfying(ScanOutcome.Refused.class,
        r -> assertThat(r.kind()).isEqualTo(ScanOutcome.Refusal.NO_SESSION));
  }

  @Test
  void givenScans_whenTheLastIsUndone_thenItCountsAgainAndUndoingNothingIsRefused() {
    registered(allocated("S-4", of("A", 2)), cjWaybill(304L));
    scan(DESK_1, cjWaybill(304L));
    scan(DESK_1, world.barcodeOf("A"));

    ScanOutcome undone = world.scanning().undo(DESK_1, PACKER);
    ScanOutcome nothing = world.scanning().undo(DESK_1, PACKER);

    assertThat(undone).isInstanceOfSatisfying(ScanOutcome.Undone.class,
        u -> assertThat(u.progress().remaining()).isEqualTo(2));
    assertThat(nothing).isInstanceOfSatisfying(ScanOutcome.Refused.class,
        r -> assertThat(r.kind()).isEqualTo(ScanOutcome.Refusal.NOTHING_TO_UNDO));
  }

  @Test
  void givenAnAbandonedSession_whenItsWaybillIsScannedAtAnotherStation_thenItResumesWithItsProgress() {
    Shipment shipment = registered(allocated("S-5", of("A", 2), of("B", 1)), cjWaybill(305L));
    scan(DESK_1, cjWaybill(305L));
    scan(DESK_1, world.barcodeOf("A"));
    assertThat(scan(DESK_2, cjWaybill(305L))).isInstanceOfSatisfying(ScanOutcome.Refused.class,
        r -> assertThat(r.kind()).isEqualTo(ScanOutcome.Refusal.OPEN_ELSEWHERE));

    assertThat(world.scanning().abandon(DESK_1, PACKER)).isInstanceOf(ScanOutcome.Abandoned.class);
    assertThat(world.scanning().progress(DESK_1)).isEmpty();
    ScanOutcome resumed = scan(DESK_2, cjWaybill(305L));

    assertThat(resumed).isInstanceOfSatisfying(ScanOutcome.Resumed.class, r -> {
      assertThat(r.progress().scanned()).isEqualTo(1);
      assertThat(r.progress().lines()).contains(new Progress.Line(dev.o2o.core.model.SkuCode.of("A"), 2, 1));
    });
    scan(DESK_2, world.barcodeOf("A"));
    assertThat(scan(DESK_2, world.barcodeOf("B"))).isInstanceOf(ScanOutcome.Shipped.class);
    assertThat(reload(shipment).state()).isEqualTo(ShipmentState.SHIPPED);
  }

  @Test
  void givenAShippedShipment_whenItsWaybillIsScannedAgain_thenItIsRefusedAndNothingShipsTwice() {
    registered(allocated("S-6", of("A", 1)), cjWaybill(306L));
    scan(DESK_1, cjWaybill(306L));
    scan(DESK_1, world.barcodeOf("A"));

    ScanOutcome again = scan(DESK_1, cjWaybill(306L));

    assertThat(again).isInstanceOfSatisfying(ScanOutcome.Refused.class,
        r -> assertThat(r.kind()).isEqualTo(ScanOutcome.Refusal.NOT_SHIPPABLE));
    assertThat(world.position("A", ICHEON).onHand()).isEqualTo(4);
    assertThat(outboxEvents()).hasSize(1);
  }

  @Test
  void givenABulkShipmentOfTwoOrders_whenItShips_thenTheMallIsToldOfEachOrder() {
    Order first = world.take(order("S-7", T0, KIM, KIM_HOME, line("A", 1)));
    Order second = world.take(order("S-8", T0, KIM, KIM_HOME, line("B", 1)));
    Shipment shipment = registered(onlyShipment(world.run(AllocationPolicies.BULK), first), cjWaybill(307L));

    scan(DESK_1, cjWaybill(307L));
    scan(DESK_1, world.barcodeOf("B"));
    scan(DESK_1, world.barcodeOf("A"));

    assertThat(outboxEvents()).extracting(e -> ((MallEvent.OrderShipped) e).mallOrderNumber())
        .containsExactly("S-7", "S-8");
    assertThat(world.order(second.id()).state()).isEqualTo(OrderState.SHIPPED);
    assertThat(reload(shipment).state()).isEqualTo(ShipmentState.SHIPPED);
  }

  @Test
  void givenTheScanPort_whenScansArriveThroughTheListener_thenTheyDriveTheSession() {
    registered(allocated("S-9", of("A", 1)), cjWaybill(309L));
    List<ScanOutcome> shown = new ArrayList<>();
    var listener = world.scanning().listener(PACKER, shown::add);
    Recognition unknown = new Recognition.Unrecognised(dev.o2o.core.scan.UnrecognisedReason.UNKNOWN_FORMAT,
        "test", List.of());

    listener.onScan(new Scan(cjWaybill(309L), unknown, world.clock.instant(), DESK_1));
    listener.onScan(new Scan(world.barcodeOf("A"), unknown, world.clock.instant(), DESK_1));

    assertThat(shown).hasSize(2);
    assertThat(shown.get(1)).isInstanceOf(ScanOutcome.Shipped.class);
  }
}
