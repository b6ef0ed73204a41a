package dev.o2o.pickup;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.location.Location;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOutbox;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.expiry.PickupExpiry;
import dev.o2o.pickup.memory.InMemoryPickupActivityLog;
import dev.o2o.pickup.memory.InMemoryPickupStore;
import dev.o2o.pickup.memory.InMemoryPrintSettingsStore;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.printing.PickupPrinting;
import dev.o2o.pickup.printing.Slips;
import dev.o2o.pickup.scan.PickupScanning;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything a pickup test needs, wired in memory: two stores (Gangnam, Hongdae) and a warehouse, three SKUs with
 * barcodes, a manual clock in Seoul, a recording printer. Stock is received with {@link #receive}.
 */
public final class PickupWorld {

  public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  public static final LocationId GANGNAM = LocationId.store("ST-GANGNAM");
  public static final LocationId HONGDAE = LocationId.store("ST-HONGDAE");
  public static final LocationId WAREHOUSE = LocationId.warehouse("WH-ICHEON");
  public static final SkuCode TEE = SkuCode.of("TS24-BLK-M");
  public static final SkuCode JEANS = SkuCode.of("DN24-IND-30");
  public static final SkuCode CAP = SkuCode.of("CP24-WHT-F");
  public static final String TEE_BARCODE = Ean13.withCheckDigit("880123456789").value();
  public static final String JEANS_BARCODE = Ean13.withCheckDigit("880123456790").value();
  public static final String CAP_BARCODE = Ean13.withCheckDigit("880123456791").value();
  public static final Actor MALL = Actor.system("mall");
  public static final Actor KIM = Actor.staff("kim", GANGNAM);
  public static final Actor LEE = Actor.staff("lee", HONGDAE);
  public static final Customer HONG = new Customer("홍길동", "010-1234-5678");

  public final ManualClock clock = new ManualClock(
      ZonedDateTime.of(2024, 3, 4, 9, 58, 0, 0, SEOUL).toInstant(), SEOUL);
  public final InMemoryTransactions transactions = new InMemoryTransactions();
  public final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  public final InMemoryLocationDirectory locations = new InMemoryLocationDirectory(transactions);
  public final InMemoryStockLedger ledger = new InMemoryStockLedger(transactions);
  public final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
  public final InMemoryPickupStore pickupStore = new InMemoryPickupStore(transactions);
  public final InMemoryPickupActivityLog activityLog = new InMemoryPickupActivityLog(transactions);
  public final InMemoryPrintSettingsStore printSettings = new InMemoryPrintSettingsStore(transactions);
  public final RecordingSlipPrinter printer = new RecordingSlipPrinter();
  public final Inventory inventory = new Inventory(ledger, catalogue, transactions);
  public final Pickups pickups;
  public final Slips slips;
  public final PickupPrinting printing;
  public final PickupExpiry expiry;
  public final PickupScanning scanning;
  private final AtomicLong receipts = new AtomicLong();
  private final AtomicLong orders = new AtomicLong(1000);

  public PickupWorld() {
    this(PickupConfig.defaults().withReasonCode("DAMAGED", "상품 불량").withReasonCode("CUSTOMER", "고객 요청"));
  }

  public PickupWorld(PickupConfig config) {
    catalogue.save(new Sku(TEE, StyleCode.of("TS24"), "블랙", "M", "베이직 반팔 티셔츠", List.of(Ean13.of(TEE_BARCODE))));
    catalogue.save(new Sku(JEANS, StyleCode.of("DN24"), "인디고", "30", "스트레이트 데님 팬츠",
        List.of(Ean13.of(JEANS_BARCODE))));
    catalogue.save(new Sku(CAP, StyleCode.of("CP24"), "화이트", "FREE", "볼캡", List.of(Ean13.of(CAP_BARCODE))));
    locations.save(new Location(GANGNAM, "강남점", false, 1));
    locations.save(new Location(HONGDAE, "홍대점", false, 1));
    locations.save(new Location(WAREHOUSE, "이천 물류센터", true, 1));
    pickups = new Pickups(pickupStore, activityLog, inventory, catalogue, outbox, transactions, clock, config);
    slips = new Slips(catalogue, locations, clock);
    printing = new PickupPrinting(pickupStore, activityLog, printSettings, printer, slips, transactions, clock);
    expiry = new PickupExpiry(pickups, pickupStore, activityLog, printer, slips, transactions, clock);
    scanning = new PickupScanning(pickups, catalogue);
  }

  /** Receives {@code units} of {@code sku} at {@code store}. */
  public void receive(LocationId store, SkuCode sku, int units) {
    inventory.apply(Movement.builder(MovementKind.RECEIVE).id("RCV-" + receipts.incrementAndGet()).sku(sku)
        .location(store).quantity(units).reference(dev.o2o.core.stock.ReferenceKind.RECEIPT, "R")
        .at(clock.instant()).actor(Actor.system("test")).build());
  }

  public StockPosition position(LocationId store, SkuCode sku) {
    return inventory.position(sku, store);
  }

  /** A fresh mall order number. */
  public String nextOrder() {
    return "ORD-" + orders.incrementAndGet();
  }

  /** A request from the mall for HONG at {@code store}. */
  public PickupRequest request(String order, LocationId store, PickupRequest.Line... lines) {
    return new PickupRequest(order, store, HONG, Arrays.asList(lines), clock.instant(), MALL);
  }

  /** Requests and expects the request to be taken. */
  public Pickup requested(LocationId store, PickupRequest.Line... lines) {
    RequestOutcome outcome = pickups.request(request(nextOrder(), store, lines));
    if (!(outcome instanceof RequestOutcome.Taken taken)) {
      throw new AssertionError("request not taken: " + outcome);
    }
    return taken.pickup();
  }

  /** Requests and accepts (without scanning). */
  public Pickup accepted(LocationId store, PickupRequest.Line... lines) {
    Pickup pickup = requested(store, lines);
    return pickups.accept(pickup.number(), Actor.staff("kim", store)).pickup().orElseThrow();
  }

  public Pickup get(SlipNumber number) {
    return pickups.find(number).orElseThrow();
  }

  public List<MallEvent.PickupStateChanged> mallEvents() {
    List<OutboxEntry> entries = outbox.claim(100_000, Instant.parse("2999-01-01T00:00:00Z"), Duration.ofSeconds(1));
    outbox.release(entries.stream().map(OutboxEntry::id).toList(), Instant.EPOCH); // leave them waiting
    return entries.stream()
        .map(OutboxEntry::event)
        .filter(MallEvent.PickupStateChanged.class::isInstance)
        .map(MallEvent.PickupStateChanged.class::cast)
        .toList();
  }

  public ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SEOUL);
  }

  public void setClock(ZonedDateTime time) {
    clock.set(time.toInstant());
  }

  public Instant now() {
    return clock.instant();
  }
}
