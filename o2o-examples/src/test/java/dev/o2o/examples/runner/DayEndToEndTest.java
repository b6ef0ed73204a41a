package dev.o2o.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.o2o.adapters.jdbc.EmbeddedH2;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupConfig;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.print.SlipPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole day on an embedded H2 file, then its end state read back through the ports: stock, orders, shipments,
 * pickups, what the mall received, the slips printed (decoded from their ESC/POS bytes), and the reconciliation.
 */
class DayEndToEndTest {

  @TempDir
  static Path dataDir;

  static O2oSystem o2o;
  static DayScenario day;
  static boolean reconciled;
  static StringWriter printed = new StringWriter();

  @BeforeAll
  static void playTheDay() throws IOException {
    ManualClock clock = O2oRunner.dayClock();
    Console console = new Console(new PrintWriter(printed, true), false);
    SlipPrinter printer = SlipOutput.open(Optional.empty(), dataDir.resolve("slips"), console);
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("o2o").toAbsolutePath() + EmbeddedH2.OPTIONS);
    pool.setMaximumPoolSize(4);
    o2o = new O2oSystem(Stores.jdbc(new HikariDataSource(pool)), clock, printer, PickupConfig.defaults());
    day = new DayScenario(o2o, clock, console, 300, printer, dataDir);
    reconciled = day.play();
  }

  @Test
  void theLedgerReconcilesAndStockIsConserved() {
    assertThat(reconciled).as(printed.toString()).isTrue();
    assertThat(o2o.inventory.reconcile().isClean()).isTrue();
    Map<MovementKind, Integer> moved = new EnumMap<>(MovementKind.class);
    StockFigures totals = StockFigures.ZERO;
    for (Sku sku : o2o.stores.catalogue().all()) {
      for (Movement m : o2o.inventory.movementsOf(sku.code())) {
        moved.merge(m.kind(), m.quantity().value(), Integer::sum);
      }
      totals = totals.plus(o2o.inventory.stockOf(sku.code()).totals());
    }
    int in = moved.getOrDefault(MovementKind.RECEIVE, 0);
    int out = moved.getOrDefault(MovementKind.SHIP, 0) + moved.getOrDefault(MovementKind.PICKUP_HANDOVER, 0)
        + moved.getOrDefault(MovementKind.SHIP_OFFLINE, 0) + moved.getOrDefault(MovementKind.STORE_SALE, 0);
    assertThat(totals.onHand()).as("on hand = received - shipped - handed over").isEqualTo(in - out);
    assertThat(totals.inTransit()).as("the transfer arrived").isZero();
    assertThat(totals.offlineScheduled()).isEqualTo(4);
    assertThat(moved.get(MovementKind.SHIP)).isPositive();
    assertThat(moved.get(MovementKind.PICKUP_HANDOVER)).isPositive();
  }

  @Test
  void ordersAndShipmentsEndInTheStatesTheDayLeftThem() {
    List<Shipment> shipped = o2o.stores.shipments().inState(ShipmentState.SHIPPED);
    assertThat(shipped).hasSize(4);
    assertThat(o2o.stores.shipments().inState(ShipmentState.WAYBILL_REGISTERED)).hasSize(26);
    for (Shipment shipment : shipped) {
      assertThat(shipment.waybill()).isPresent();
      for (var line : shipment.lines()) {
        Order order = o2o.orders.require(line.order());
        assertThat(order.line(line.orderLine()).state()).isEqualTo(LineState.SHIPPED);
      }
    }
    long held = o2o.orders.search(OrderQuery.builder().held(true).build()).total();
    assertThat(held).isPositive();
    o2o.orders.search(OrderQuery.builder().held(true).pageSize(1000).build()).orders()
        .forEach(order -> assertThat(order.lines()).allMatch(l -> l.state() == LineState.OPEN));
    assertThat(o2o.orders.search(OrderQuery.builder().build()).total()).isEqualTo(300);
  }

  @Test
  void everyPickupEndsInTheStateItsStoryGaveIt() {
    Map<String, PickupState> expected = Map.of(
        "PK000000000001", PickupState.COMPLETED, "PK000000000002", PickupState.CANCELLED,
        "PK000000000003", PickupState.EXPIRED, "PK000000000004", PickupState.UNAVAILABLE,
        "PK000000000005", PickupState.CANCELLED, "PK000000000006", PickupState.REQUESTED,
        "PK000000000007", PickupState.UNAVAILABLE);
    expected.forEach((slip, state) ->
        assertThat(o2o.pickups.find(SlipNumber.of(slip)).map(Pickup::state)).as(slip).contains(state));
    Pickup open = o2o.pickups.find(SlipNumber.of("PK000000000006")).orElseThrow();
    open.activeUnitsBySku().forEach((sku, units) ->
        assertThat(o2o.inventory.position(sku, open.store()).pickupReserved()).isEqualTo(units));
  }

  @Test
  void theMallReceivedEveryShipmentAndPickupChangeAndNowShowsTheLibrarysState() {
    List<MallEvent> received = day.mall().received();
    long shippedOrders = o2o.stores.shipments().inState(ShipmentState.SHIPPED).stream()
        .flatMap(s -> s.lines().stream().map(l -> l.order())).distinct().count();
    assertThat(received).filteredOn(e -> e instanceof MallEvent.OrderShipped).hasSize((int) shippedOrders);
    assertThat(received).filteredOn(e -> e instanceof MallEvent.PickupStateChanged)
        .extracting(e -> ((MallEvent.PickupStateChanged) e).state())
        .contains("ACCEPTED", "COMPLETED", "UNAVAILABLE", "CANCELLED", "EXPIRED");
    Map<String, MallEvent.SkuStateChanged> latest = new HashMap<>();
    received.stream().filter(e -> e instanceof MallEvent.SkuStateChanged).map(e -> (MallEvent.SkuStateChanged) e)
        .forEach(s -> latest.put(s.sku().value(), s));
    assertThat(latest).isNotEmpty();
    latest.forEach((sku, shown) -> assertThat(shown).as(sku)
        .isEqualTo(o2o.mallStates.stateOf(dev.o2o.core.model.SkuCode.of(sku))));
    assertThat(latest.get("SK24-BEI-S").forcedSoldOut()).isTrue();
    assertThat(latest.get("SK24-BEI-S").sellableOnline()).isZero();
    assertThat(o2o.stores.outbox().pendingCount()).isZero();
  }

  @Test
  void theSlipsPrintedReadBackAsKoreanTextWithTheirBarcodes() throws IOException {
    List<EscPosDecoder.Slip> slips = new ArrayList<>();
    try (Stream<Path> files = Files.list(dataDir.resolve("slips"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".escpos")).sorted().toList()) {
        slips.add(EscPosDecoder.slip(Files.readAllBytes(file)));
        assertThat(Path.of(file.toString().replace(".escpos", ".png"))).exists();
      }
    }
    assertThat(slips).hasSize(11);
    assertThat(slips).allSatisfy(slip -> assertThat(slip.isCut()).isTrue());
    assertThat(slips.get(0).barcodes()).extracting(EscPosDecoder.Barcode::data).containsExactly("PK000000000001");
    assertThat(String.join("\n", slips.get(0).texts())).contains("강남점", "홍*동");
    assertThat(slips.get(slips.size() - 1).texts()).anyMatch(t -> t.contains("재출력"));
    assertThat(slips).anySatisfy(slip -> assertThat(String.join("\n", slip.texts())).contains("취소"));
  }
}
