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
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupStore;
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
