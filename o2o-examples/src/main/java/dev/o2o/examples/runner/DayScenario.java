package dev.o2o.examples.runner;

import static dev.o2o.examples.runner.SampleData.BUSAN;
import static dev.o2o.examples.runner.SampleData.GANGNAM;
import static dev.o2o.examples.runner.SampleData.HONGDAE;
import static dev.o2o.examples.runner.SampleData.ICHEON;
import static dev.o2o.examples.runner.SampleData.MYEONGDONG;
import static dev.o2o.examples.runner.SampleData.YONGIN;

import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.run.SkuAvailability;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.mall.MallScheduler;
import dev.o2o.core.mall.SchedulerSettings;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.TakeOrder;
import dev.o2o.core.status.ChangeStatus;
import dev.o2o.core.status.StatusUpdate;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.Reconciliation;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.print.SlipPrinter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** One store-and-warehouse day, played on a wired {@link O2oSystem} with a clock that the day moves on. */
final class DayScenario {

  static final Actor WAREHOUSE_CLERK = Actor.staff("park.jiho", ICHEON);
  static final Actor MERCHANDISER = Actor.system("md.lee.sora");
  static final Actor CS_AGENT = Actor.system("cs.choi.yuna");
  static final Actor ALLOCATION_RUN = Actor.system("allocation-run");
  static final StyleCode SHOWCASE_STYLE = StyleCode.of("TS24");

  private final O2oSystem o2o;
  private final ManualClock clock;
  private final Console console;
  private final Random random = new Random(2026);
  private final LoggingMallGateway mall;
  private final int orderCount;
  private final SlipPrinter printer;
  private final java.nio.file.Path dataDir;
  private int movementSerial;

  DayScenario(O2oSystem o2o, ManualClock clock, Console console, int orderCount, SlipPrinter printer,
      java.nio.file.Path dataDir) {
    this.o2o = o2o;
    this.dataDir = dataDir;
    this.printer = printer;
    this.clock = clock;
    this.console = console;
    this.mall = new LoggingMallGateway(console);
    this.orderCount = orderCount;
  }

  /** The mall's stand-in, with what it received. */
  LoggingMallGateway mall() {
    return mall;
  }

  /** Plays the day; returns whether the ledger reconciles at the end. */
  boolean play() throws java.io.IOException {
    loadSample();
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try (MallScheduler scheduler = MallScheduler.builder(o2o.stores.outbox(), mall, clock, executor)
        .settings(SchedulerSettings.defaults().withInterval(Duration.ofMinutes(5)).withBatchSize(50))
        .refreshingStatesFrom(o2o.mallStates)
        .build()) {
      receiveStock();
      transferAndOfflineOutbound();
      statusChanges(scheduler);
      takeOrders();
      allocate();
      sendToMall(scheduler, "after allocation");
      new ShipDay(o2o, clock, console, dataDir).play();
      sendToMall(scheduler, "after shipping");
      new PickupDay(o2o, clock, console, printer).play();
      sendToMall(scheduler, "after the pickups");
    } finally {
      executor.shutdownNow();
    }
    return summary();
  }

  /** The end of the day: a style's integrated stock, the order view, and the ledger reconciliation. */
  private boolean summary() {
    console.heading("End of the day");
    printStyleStock("integrated stock of " + SHOWCASE_STYLE);
    console.line("");
    console.line("order view: %d orders, %d held, %d flagged, %d priority; first page:",
        ordersMatching(OrderQuery.builder().build()), ordersMatching(OrderQuery.builder().held(true).build()),
        ordersMatching(OrderQuery.builder().flagged(true).build()),
        ordersMatching(OrderQuery.builder().priority(true).build()));
    OrderTables.printPage(console, o2o.orders.search(OrderQuery.builder().pageSize(8).build()));
    Reconciliation reconciliation = o2o.inventory.reconcile();
    console.line("");
    if (reconciliation.isClean()) {
      console.line("ledger reconciliation: %d movements folded, %d positions compared, no drift",
          reconciliation.movementsFolded(), reconciliation.positionsCompared());
    } else {
      console.warn("ledger reconciliation found drift:");
      reconciliation.drifts().forEach(d -> console.warn("  " + d));
    }
    return reconciliation.isClean();
  }

  private void loadSample() {
    console.heading("Catalogue and locations");
    SampleData.load(o2o.stores.locations(), o2o.stores.catalogue());
    List<Sku> skus = o2o.stores.catalogue().all();
    console.line("%d locations (3 warehouses, 3 stores), %d styles, %d SKUs with EAN-13 barcodes",
        o2o.stores.locations().all().size(), SampleData.STYLES.size(), skus.size());
    Sku example = skus.get(0);
    console.line("for example %s  %s  barcode %s", example.code(), example.displayName(), example.primaryBarcode());
  }

  private Movement.Builder movement(MovementKind kind, SkuCode sku, LocationId location, int quantity,
      ReferenceKind referenceKind, String reference, Actor actor) {
    return Movement.builder(kind).id("day-" + (++movementSerial)).sku(sku).location(location).quantity(quantity)
        .reference(referenceKind, reference).at(clock.instant()).actor(actor);
  }

  private void apply(List<Movement> batch) {
    LedgerOutcome outcome = o2o.inventory.apply(batch);
    if (outcome instanceof LedgerOutcome.Refused refused) {
      console.warn("  refused: " + refused.refusal().message());
    }
  }

  private void receiveStock() {
    console.heading("09:00  Stock received");
    List<Movement> receipts = new ArrayList<>();
    for (Sku sku : o2o.stores.catalogue().all()) {
      receipts.add(movement(MovementKind.RECEIVE, sku.code(), ICHEON, 15 + random.nextInt(20),
          ReferenceKind.RECEIPT, "PO-1129-ICN", WAREHOUSE_CLERK).build());
      receipts.add(movement(MovementKind.RECEIVE, sku.code(), YONGIN, 4 + random.nextInt(12),
          ReferenceKind.RECEIPT, "PO-1129-YGN", WAREHOUSE_CLERK).build());
      receipts.add(movement(MovementKind.RECEIVE, sku.code(), BUSAN, 1 + random.nextInt(8),
          ReferenceKind.RECEIPT, "PO-1129-BSN", WAREHOUSE_CLERK).build());
      for (LocationId store : List.of(GANGNAM, HONGDAE, MYEONGDONG)) {
        receipts.add(movement(MovementKind.RECEIVE, sku.code(), store, 2 + random.nextInt(5),
            ReferenceKind.RECEIPT, "ST-REPL-1128", Actor.staff("store.manager", store)).build());
      }
    }
    apply(receipts);
    for (Sku sku : o2o.stores.catalogue().all()) {
      for (LocationId store : List.of(GANGNAM, HONGDAE)) {
        o2o.inventory.setSafetyStock(sku.code(), store, Quantity.of(2));
      }
    }
    console.line("%d receipts booked in one batch; safety stock of 2 at the stores that ship online", receipts.size());
    printStyleStock("integrated stock of " + SHOWCASE_STYLE + " after receipt");
  }

  private void transferAndOfflineOutbound() {
    clock.advance(Duration.ofMinutes(30));
    console.heading("09:30  Transfer and offline outbound");
    SkuCode tee = SkuCode.of("TS24-BLK-M");
    apply(List.of(movement(MovementKind.TRANSFER_DISPATCH, tee, ICHEON, 6, ReferenceKind.TRANSFER, "TR-0001",
        WAREHOUSE_CLERK).destination(GANGNAM).build()));
    console.line("TR-0001: 6 x %s dispatched from %s to %s (in transit %d)", tee, ICHEON.code(), GANGNAM.code(),
        o2o.inventory.position(tee, GANGNAM).inTransit());
    clock.advance(Duration.ofMinutes(90));
    apply(List.of(movement(MovementKind.TRANSFER_RECEIVE, tee, GANGNAM, 6, ReferenceKind.TRANSFER, "TR-0001",
        Actor.staff("store.manager", GANGNAM)).build()));
    console.line("TR-0001: received at %s (on hand %d)", GANGNAM.code(), o2o.inventory.position(tee, GANGNAM).onHand());
    SkuCode jeans = SkuCode.of("DN24-IND-30");
    apply(List.of(movement(MovementKind.SCHEDULE_OFFLINE, jeans, YONGIN, 4, ReferenceKind.OFFLINE_OUTBOUND,
        "WS-0042", WAREHOUSE_CLERK).build()));
    console.line("WS-0042: 4 x %s scheduled for wholesale outbound from %s (available before allocation %d)", jeans,
        YONGIN.code(), o2o.inventory.position(jeans, YONGIN).availableBeforeAllocation());
  }

  private void statusChanges(MallScheduler scheduler) {
    clock.advance(Duration.ofMinutes(30));
    console.heading("11:30  SKU status, pushed to the mall");
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    o2o.statuses.change(ChangeStatus.ofSku(SkuCode.of("KN24-GRN-L"),
        StatusUpdate.builder().closedFrom(today.plusDays(14)).build(), MERCHANDISER));
    o2o.statuses.change(ChangeStatus.ofStyle(StyleCode.of("CT24"),
        StatusUpdate.builder().reorderOn(today.plusDays(10)).build(), MERCHANDISER));
    o2o.statuses.change(ChangeStatus.ofSku(SkuCode.of("SK24-BEI-S"),
        StatusUpdate.builder().forcedSoldOut(true).build(), MERCHANDISER));
    o2o.statuses.change(ChangeStatus.ofStyle(StyleCode.of("HD24"),
        StatusUpdate.builder().limitedStock(true).build(), MERCHANDISER));
    console.line("KN24-GRN-L closed from %s; CT24 reorder on %s; SK24-BEI-S forced sold-out; HD24 limited stock",
        today.plusDays(14), today.plusDays(10));
    console.line("%d mall-facing changes wait in the outbox", scheduler.pendingCount());
    mall.setDown(true);
    scheduler.sendNow();
    console.line("after a failed send: %d still pending, nothing lost", scheduler.pendingCount());
    mall.setDown(false);
    clock.advance(Duration.ofMinutes(5));
    sendToMall(scheduler, "once the mall is back");
  }

  private void sendToMall(MallScheduler scheduler, String when) {
    long pending = scheduler.pendingCount();
    int before = mall.received().size();
    scheduler.sendNow();
    console.line("mall scheduler %s: %d pending, %d delivered, %d left; last successful send %s", when, pending,
        mall.received().size() - before, scheduler.pendingCount(),
        scheduler.lastSuccessfulSend().map(t -> t.atZone(clock.getZone()).toLocalDateTime().toString().replace('T', ' '))
            .orElse("never"));
  }

  private void takeOrders() {
    clock.advance(Duration.ofMinutes(30));
    console.heading("12:00  Mall orders collected");
    List<Sku> skus = o2o.stores.catalogue().all();
    String[] channels = {"OWN-MALL", "MUSINSA", "29CM"};
    String[] surnames = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
    String[] givenNames = {"민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지유", "시우", "서윤"};
    int customers = Math.max(1, orderCount * 3 / 10);
    int held = 0;
    int flagged = 0;
    int prioritised = 0;
    for (int i = 1; i <= orderCount; i++) {
      clock.advance(Duration.ofSeconds(2));
      int customerNo = random.nextInt(customers);
      String name = surnames[customerNo % surnames.length] + givenNames[(customerNo / 10) % givenNames.length];
      Customer customer = Customer.of("C" + (10000 + customerNo), name);
      Destination destination = new Destination(name, "010-" + (1000 + customerNo % 9000) + "-" + (1000 + customerNo),
          "06" + (100 + customerNo % 900), "서울특별시 강남구 테헤란로 " + (customerNo % 500 + 1));
      List<TakeOrder.Line> lines = new ArrayList<>();
      int lineCount = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3));
      List<SkuCode> chosen = new ArrayList<>();
      while (lines.size() < lineCount) {
        SkuCode sku = skus.get(random.nextInt(skus.size())).code();
        if (!chosen.contains(sku)) {
          chosen.add(sku);
          lines.add(new TakeOrder.Line(sku, Quantity.of(1 + (random.nextInt(10) < 8 ? 0 : 1))));
        }
      }
      OrderId id = OrderId.of(channels[i % channels.length], String.format("2611%06d", i));
      Optional<String> policy = customerNo % 17 == 0 ? Optional.of(AllocationPolicies.BULK.name()) : Optional.empty();
      o2o.orders.take(new TakeOrder(id, clock.instant(), customer, destination, lines, policy, CS_AGENT));
      if (random.nextInt(50) == 0) {
        o2o.orders.hold(id, "고객 주소 확인 중", CS_AGENT);
        held++;
      }
      if (random.nextInt(25) == 0) {
        o2o.orders.flag(id, true, CS_AGENT);
        o2o.orders.addNote(id, "VIP 고객: 포장 꼼꼼히", CS_AGENT);
        flagged++;
      }
      if (random.nextInt(30) == 0) {
        o2o.orders.prioritise(id, true, CS_AGENT);
        prioritised++;
      }
      if (i % 50 == 0 || i == orderCount) {
        console.progress("taking orders", i, orderCount);
      }
    }
    console.line("%d orders from %d customers: %d held, %d flagged with a note, %d priority", orderCount, customers,
        held, flagged, prioritised);
  }

  private void allocate() {
    clock.advance(Duration.ofMinutes(30));
    console.heading("13:00  Allocation");
    AllocationReport dry = o2o.allocator.run(AllocationRequest.dryRun(AllocationPolicies.COMPLETE, ALLOCATION_RUN));
    console.line("dry run under COMPLETE: would allocate %d of %d orders in %d shipments (nothing committed)",
        dry.totals().allocated(), dry.totals().orders(), dry.totals().shipments());
    for (AllocationPolicy policy : List.of(AllocationPolicies.COMPLETE, AllocationPolicies.EARLY,
        AllocationPolicies.BULK)) {
      clock.advance(Duration.ofMinutes(10));
      long expected = o2o.allocator.run(AllocationRequest.dryRun(policy, ALLOCATION_RUN)).totals().units();
      o2o.allocationProgress.track(console, "allocating under " + policy.name(), expected);
      AllocationReport report = o2o.allocator.run(AllocationRequest.commit(policy, ALLOCATION_RUN));
      o2o.allocationProgress.done();
      printReport(report);
    }
    printStyleStock("integrated stock of " + SHOWCASE_STYLE + " after allocation");
  }

  private void printReport(AllocationReport report) {
    var t = report.totals();
    console.line("%s run: %d orders considered, %d allocated, %d partly, %d not (%d held); %d shipments, %d units",
        report.policy(), t.orders(), t.allocated(), t.partlyAllocated(), t.notAllocated(), t.held(), t.shipments(),
        t.units());
    report.outcomes().stream()
        .filter(o -> o instanceof OrderOutcome.NotAllocated n && !(n.reason() instanceof
            dev.o2o.allocation.run.NotAllocatedReason.Held))
        .limit(2)
        .forEach(o -> console.line("  e.g. %s not allocated: %s", o.order(),
            ((OrderOutcome.NotAllocated) o).reason().message()));
    List<List<String>> rows = new ArrayList<>();
    report.availability().stream()
        .filter(a -> a.sku().value().startsWith(SHOWCASE_STYLE.value()))
        .limit(4)
        .forEach(a -> rows.add(List.of(a.sku().value(), String.valueOf(a.availableBefore()),
            String.valueOf(a.allocated()), String.valueOf(a.availableAfter()))));
    if (!rows.isEmpty()) {
      console.table(List.of("SKU", "available before", "allocated", "available after"), rows);
    }
  }

  void printStyleStock(String title) {
    StockTables.printStyle(console, o2o, SHOWCASE_STYLE, title);
  }

  /** How many orders the view holds in each state, for the summary. */
  long ordersMatching(OrderQuery query) {
    return o2o.orders.search(query).total();
  }
}
