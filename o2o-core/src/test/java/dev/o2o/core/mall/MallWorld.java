package dev.o2o.core.mall;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.location.Location;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOutbox;
import dev.o2o.core.memory.InMemorySkuStatusStore;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.ChangeStatus;
import dev.o2o.core.status.SkuStatuses;
import dev.o2o.core.status.StatusUpdate;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockChangeListener;
import dev.o2o.core.time.DeterministicScheduler;
import dev.o2o.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the mall sync needs, in memory: a warehouse and a store that ship online, a store that does not, three
 * SKUs, the status and stock use cases telling {@link MallStates}, and a scheduler on a deterministic executor.
 */
final class MallWorld {

  static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
  static final LocationId WAREHOUSE = LocationId.warehouse("WH-ICHEON");
  static final LocationId ONLINE_STORE = LocationId.store("ST-MYEONGDONG");
  static final LocationId OFFLINE_STORE = LocationId.store("ST-GANGNAM");
  static final List<LocationId> LOCATIONS = List.of(WAREHOUSE, ONLINE_STORE, OFFLINE_STORE);
  static final SkuCode BLACK_M = SkuCode.of("TS24-BLK-M");
  static final SkuCode WHITE_M = SkuCode.of("TS24-WHT-M");
  static final SkuCode COAT = SkuCode.of("CT24-NAV-95");
  static final List<SkuCode> SKUS = List.of(BLACK_M, WHITE_M, COAT);
  static final Actor MERCHANDISER = Actor.staff("lee.seoyeon", WAREHOUSE);

  final InMemoryTransactions transactions = new InMemoryTransactions();
  final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  final InMemoryLocationDirectory locations = new InMemoryLocationDirectory(transactions);
  final InMemoryStockLedger ledger = new InMemoryStockLedger(transactions);
  final InMemorySkuStatusStore statusStore = new InMemorySkuStatusStore(transactions);
  final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
  final ManualClock clock = ManualClock.at(T0);
  final DeterministicScheduler executor = new DeterministicScheduler(clock);
  final FakeMall mall = new FakeMall(clock);
  final MallStates mallStates = new MallStates(statusStore, ledger, locations, outbox, transactions, clock);
  final Inventory inventory;
  final SkuStatuses statuses;
  final MallScheduler scheduler;
  private final StockFixtures movements = new StockFixtures("mall");

  MallWorld(SchedulerSettings settings, boolean refreshing, List<StockChangeListener> moreListeners) {
    locations.save(new Location(WAREHOUSE, "이천 물류센터", true, 1));
    locations.save(new Location(ONLINE_STORE, "명동점", true, 2));
    locations.save(new Location(OFFLINE_STORE, "강남점", false, 3));
    SKUS.forEach(sku -> StockFixtures.registerSku(catalogue, sku.value(), sku.value().substring(0, 4)));
    List<StockChangeListener> listeners = new ArrayList<>(List.of(mallStates));
    listeners.addAll(moreListeners);
    inventory = new Inventory(ledger, catalogue, transactions, listeners);
    statuses = new SkuStatuses(statusStore, catalogue, transactions, clock, List.of(mallStates));
    MallScheduler.Builder builder = MallScheduler.builder(outbox, mall, clock, executor).settings(settings);
    if (refreshing) {
      builder.refreshingStatesFrom(mallStates);
    }
    scheduler = builder.build();
  }

  MallWorld(SchedulerSettings settings) {
    this(settings, false, List.of());
  }

  LedgerOutcome receive(SkuCode sku, LocationId at, int quantity) {
    return inventory.apply(movements.movement(MovementKind.RECEIVE, sku, at, quantity).at(clock.instant()).build());
  }

  LedgerOutcome sell(SkuCode sku, LocationId at, int quantity) {
    return inventory.apply(movements.movement(MovementKind.STORE_SALE, sku, at, quantity).at(clock.instant()).build());
  }

  void safetyStock(SkuCode sku, LocationId at, int quantity) {
    inventory.setSafetyStock(sku, at, Quantity.of(quantity));
  }

  void forceSoldOut(SkuCode sku, boolean value) {
    statuses.change(ChangeStatus.ofSku(sku, StatusUpdate.builder().forcedSoldOut(value).build(), MERCHANDISER));
  }

  void limitStock(SkuCode sku, boolean value) {
    statuses.change(ChangeStatus.ofSku(sku, StatusUpdate.builder().limitedStock(value).build(), MERCHANDISER));
  }

  /** What the mall should show for every SKU: the library's current state. */
  Map<SkuCode, MallEvent.SkuStateChanged> libraryView() {
    Map<SkuCode, MallEvent.SkuStateChanged> view = new HashMap<>();
    SKUS.forEach(sku -> view.put(sku, mallStates.stateOf(sku)));
    return view;
  }

  /** The mall's view of every SKU, a SKU it never heard of showing as the initial state. */
  Map<SkuCode, MallEvent.SkuStateChanged> mallView() {
    Map<SkuCode, MallEvent.SkuStateChanged> heard = mall.view();
    Map<SkuCode, MallEvent.SkuStateChanged> view = new HashMap<>();
    SKUS.forEach(sku -> view.put(sku, heard.getOrDefault(sku, new MallEvent.SkuStateChanged(sku, false, false, 0))));
    return view;
  }

  /** The events waiting in the outbox, in order, read without changing it (a claim rolled back). */
  List<MallEvent> pendingEvents() {
    List<MallEvent> seen = new ArrayList<>();
    try {
      transactions.run(() -> {
        outbox.claim(Integer.MAX_VALUE, clock.instant().plus(Duration.ofDays(3650)), Duration.ofSeconds(1))
            .forEach(entry -> seen.add(entry.event()));
        throw new Peeked();
      });
    } catch (Peeked expected) {
      // rolled back: the outbox is as it was
    }
    return seen;
  }

  /** Thrown to roll back a look into the outbox. */
  private static final class Peeked extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
