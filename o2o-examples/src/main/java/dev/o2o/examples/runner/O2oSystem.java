package dev.o2o.examples.runner;

import dev.o2o.allocation.outbound.OutboundScanning;
import dev.o2o.allocation.run.OrderAllocator;
import dev.o2o.allocation.shipment.ShipmentDesk;
import dev.o2o.allocation.waybill.WaybillImporter;
import dev.o2o.core.mall.MallStates;
import dev.o2o.core.order.OrderBook;
import dev.o2o.core.status.SkuStatuses;
import dev.o2o.core.stock.Inventory;
import dev.o2o.pickup.PickupConfig;
import dev.o2o.pickup.Pickups;
import dev.o2o.pickup.expiry.PickupExpiry;
import dev.o2o.pickup.print.SlipPrinter;
import dev.o2o.pickup.printing.PickupPrinting;
import dev.o2o.pickup.printing.Slips;
import dev.o2o.pickup.scan.PickupScanning;
import java.time.Clock;
import java.util.List;

/**
 * The composition root: every use case of o2o wired on one set of {@link Stores}, the way a host application wires
 * them. Nothing here is o2o logic; it only connects ports to adapters.
 */
final class O2oSystem {

  final Stores stores;
  final Clock clock;
  final MallStates mallStates;
  final AllocationProgress allocationProgress = new AllocationProgress();
  final Inventory inventory;
  final SkuStatuses statuses;
  final OrderBook orders;
  final OrderAllocator allocator;
  final ShipmentDesk shipments;
  final WaybillImporter waybillImporter;
  final OutboundScanning outboundScanning;
  final Pickups pickups;
  final PickupScanning pickupScanning;
  final PickupPrinting printing;
  final PickupExpiry expiry;

  O2oSystem(Stores stores, Clock clock, SlipPrinter printer, PickupConfig pickupConfig) {
    this.stores = stores;
    this.clock = clock;
    this.mallStates = new MallStates(stores.statuses(), stores.stockLedger(), stores.locations(), stores.outbox(),
        stores.transactions(), clock);
    this.inventory = new Inventory(stores.stockLedger(), stores.catalogue(), stores.transactions(),
        List.of(mallStates, allocationProgress));
    this.statuses = new SkuStatuses(stores.statuses(), stores.catalogue(), stores.transactions(), clock,
        List.of(mallStates));
    this.orders = new OrderBook(stores.orders(), inventory, stores.catalogue(), stores.transactions(), clock,
        List.of());
    this.allocator = OrderAllocator.builder(stores.orders(), stores.shipments(), inventory, stores.locations(),
        stores.transactions(), clock).build();
    this.shipments = new ShipmentDesk(stores.shipments(), stores.waybills(), stores.orders(), inventory,
        stores.transactions(), clock);
    this.waybillImporter = new WaybillImporter(shipments, stores.shipments());
    this.outboundScanning = new OutboundScanning(stores.scanSessions(), stores.shipments(), stores.waybills(),
        stores.orders(), inventory, stores.catalogue(), stores.outbox(), stores.transactions(), clock);
    this.pickups = new Pickups(stores.pickups(), stores.pickupActivities(), inventory, stores.catalogue(),
        stores.outbox(), stores.transactions(), clock, pickupConfig);
    this.pickupScanning = new PickupScanning(pickups, stores.catalogue());
    Slips slips = new Slips(stores.catalogue(), stores.locations(), clock);
    this.printing = new PickupPrinting(stores.pickups(), stores.pickupActivities(), stores.printSettings(), printer,
        slips, stores.transactions(), clock);
    this.expiry = new PickupExpiry(pickups, stores.pickups(), stores.pickupActivities(), printer, slips,
        stores.transactions(), clock);
  }
}
