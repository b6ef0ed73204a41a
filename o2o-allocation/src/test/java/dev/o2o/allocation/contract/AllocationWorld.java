package dev.o2o.allocation.contract;

import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.outbound.OutboundScanning;
import dev.o2o.allocation.shipment.ShipmentDesk;
import dev.o2o.allocation.shipment.ShipmentLineCanceller;
import dev.o2o.allocation.waybill.WaybillImporter;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.location.Location;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderBook;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.TakeOrder;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.time.ManualClock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small retail world on one backend for allocation tests: two warehouses and a store that ship online orders, a
 * catalogue, stock, an order book and an allocator, with helpers whose names read as sentences.
 */
public final class AllocationWorld {

  public static final LocationId ICHEON = LocationId.warehouse("WH-ICHEON");
  public static final LocationId BUSAN = LocationId.warehouse("WH-BUSAN");
  public static final LocationId GANGNAM = LocationId.store("ST-GANGNAM");
  public static final Actor PLANNER = Actor.staff("lee.planner", ICHEON);
  public static final Actor RUN = Actor.system("allocation-run");

  public final AllocationBackend backend;
  public final ManualClock clock = ManualClock.at(StockFixtures.T0);
  public final Inventory inventory;
  public final OrderBook orderBook;
  private final StockFixtures stock = new StockFixtures("world");
  private OrderAllocator allocator;
  private ShipmentDesk desk;
  private OutboundScanning scanning;

  /** Icheon (rank 1), Busan (rank 2) and the Gangnam store (rank 3) ship online; SKUs A, B, C, D of style S1/S2. */
  public AllocationWorld(AllocationBackend backend) {
    this.backend = backend;
    this.inventory = backend.inventory();
    backend.locations().save(new Location(ICHEON, "이천 물류센터", true, 1));
    backend.locations().save(new Location(BUSAN, "부산 물류센터", true, 2));
    backend.locations().save(new Location(GANGNAM, "강남점", true, 3));
    for (String sku : List.of("A", "B", "C", "D")) {
      StockFixtures.registerSku(backend.catalogue(), sku, sku.compareTo("C") < 0 ? "S1" : "S2");
    }
    this.orderBook = new OrderBook(backend.orders(), inventory, backend.catalogue(), backend.transactions(), clock,
        List.of(new ShipmentLineCanceller(backend.shipments(), clock)));
    this.allocator = allocatorBuilder().build();
  }

  /** Shipments after allocation: waybills and cancellation (needs the backend's waybill registry). */
  public ShipmentDesk desk() {
    if (desk == null) {
      desk = new ShipmentDesk(backend.shipments(), backend.waybills(), backend.orders(), inventory,
          backend.transactions(), clock);
    }
    return desk;
  }

  /** Outbound scanning (needs the backend's waybill registry and scan session store). */
  public OutboundScanning scanning() {
    if (scanning == null) {
      scanning = new OutboundScanning(backend.scanSessions(), backend.shipments(), backend.waybills(),
          backend.orders(), inventory, backend.catalogue(), backend.outbox(), backend.transactions(), clock);
    }
    return scanning;
  }

  /** Bulk waybill registration from courier files. */
  public WaybillImporter importer() {
    return new WaybillImporter(desk(), backend.shipments());
  }

  /** The barcode of a SKU of this world, as a scanner reads it. */
  public String barcodeOf(String sku) {
    return backend.catalogue().require(SkuCode.of(sku)).primaryBarcode().value();
  }

  /** A builder for an allocator on this world's ports, to try other rules and policies. */
  public OrderAllocator.Builder allocatorBuilder() {
    return OrderAllocator.builder(backend.orders(), backend.shipments(), inventory, backend.locations(),
        backend.transactions(), clock);
  }

  /** Uses {@code changed} as the allocator from now on. */
  public AllocationWorld withAllocator(UnaryOperator<OrderAllocator.Builder> changed) {
    this.allocator = changed.apply(allocatorBuilder()).build();
    return this;
  }

  public AllocationWorld receive(String sku, LocationId at, int quantity) {
    inventory.apply(stock.receive(SkuCode.of(sku), at, quantity));
    return this;
  }

  public AllocationWorld safetyStock(String sku, LocationId at, int quantity) {
    inventory.setSafetyStock(SkuCode.of(sku), at, Quantity.of(quantity));
    return this;
  }

  /** Takes an order in, a minute after the previous one. */
  public Order take(TakeOrder order) {
    clock.advance(java.time.Duration.ofMinutes(1));
    return orderBook.take(order).order();
  }

  public Order order(OrderId id) {
    return orderBook.require(id);
  }

  public StockPosition position(String sku, LocationId at) {
    return inventory.position(SkuCode.of(sku), at);
  }

  public AllocationReport run(AllocationPolicy policy) {
    return allocator.run(AllocationRequest.commit(policy, RUN));
  }

  public AllocationReport dryRun(AllocationPolicy policy) {
    return allocator.run(AllocationRequest.dryRun(policy, RUN));
  }
}
