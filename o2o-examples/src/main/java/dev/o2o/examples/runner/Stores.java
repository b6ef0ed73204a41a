package dev.o2o.examples.runner;

import dev.o2o.adapters.jdbc.JdbcCatalogue;
import dev.o2o.adapters.jdbc.JdbcLocationDirectory;
import dev.o2o.adapters.jdbc.JdbcOrderStore;
import dev.o2o.adapters.jdbc.JdbcOutbox;
import dev.o2o.adapters.jdbc.JdbcPickupActivityLog;
import dev.o2o.adapters.jdbc.JdbcPickupStore;
import dev.o2o.adapters.jdbc.JdbcPrintSettingsStore;
import dev.o2o.adapters.jdbc.JdbcScanSessionStore;
import dev.o2o.adapters.jdbc.JdbcSchema;
import dev.o2o.adapters.jdbc.JdbcShipmentStore;
import dev.o2o.adapters.jdbc.JdbcSkuStatusStore;
import dev.o2o.adapters.jdbc.JdbcStockLedger;
import dev.o2o.adapters.jdbc.JdbcTransactions;
import dev.o2o.adapters.jdbc.JdbcWaybillRegistry;
import dev.o2o.allocation.memory.InMemoryScanSessionStore;
import dev.o2o.allocation.memory.InMemoryShipmentStore;
import dev.o2o.allocation.memory.InMemoryWaybillRegistry;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryOutbox;
import dev.o2o.core.memory.InMemorySkuStatusStore;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.memory.InMemoryPickupActivityLog;
import dev.o2o.pickup.memory.InMemoryPickupStore;
import dev.o2o.pickup.memory.InMemoryPrintSettingsStore;
import dev.o2o.pickup.printing.PrintSettingsStore;
import javax.sql.DataSource;

/** Every persistence port the runner uses, from one backend, sharing one transaction runner. */
record Stores(
    TransactionRunner transactions,
    StockLedger stockLedger,
    Catalogue catalogue,
    LocationDirectory locations,
    Outbox outbox,
    SkuStatusStore statuses,
    OrderStore orders,
    ShipmentStore shipments,
    WaybillRegistry waybills,
    ScanSessionStore scanSessions,
    PickupStore pickups,
    PickupActivityLog pickupActivities,
    PrintSettingsStore printSettings) {

  /** The ports in memory: nothing survives the process. */
  static Stores inMemory() {
    InMemoryTransactions tx = new InMemoryTransactions();
    return new Stores(tx, new InMemoryStockLedger(tx), new InMemoryCatalogue(tx), new InMemoryLocationDirectory(tx),
        new InMemoryOutbox(tx), new InMemorySkuStatusStore(tx), new InMemoryOrderStore(tx),
        new InMemoryShipmentStore(tx), new InMemoryWaybillRegistry(tx), new InMemoryScanSessionStore(tx),
        new InMemoryPickupStore(tx), new InMemoryPickupActivityLog(tx),
        new InMemoryPrintSettingsStore(tx));
  }

  /** The ports on a database, migrated first. */
  static Stores jdbc(DataSource dataSource) {
    JdbcSchema.migrate(dataSource);
    JdbcTransactions tx = new JdbcTransactions(dataSource);
    return new Stores(tx, new JdbcStockLedger(tx), new JdbcCatalogue(tx), new JdbcLocationDirectory(tx),
        new JdbcOutbox(tx), new JdbcSkuStatusStore(tx), new JdbcOrderStore(tx), new JdbcShipmentStore(tx),
        new JdbcWaybillRegistry(tx), new JdbcScanSessionStore(tx),
        new JdbcPickupStore(tx), new JdbcPickupActivityLog(tx), new JdbcPrintSettingsStore(tx));
  }
}
