package dev.o2o.adapters.jdbc;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** The ports of o2o-core and o2o-allocation on one emptied JDBC test schema, for their contract tests. */
final class JdbcCoreBackend implements AllocationBackend {

  private final JdbcBackend ports;
  private final JdbcSkuStatusStore skuStatuses;
  private final JdbcOrderStore orders;
  private final JdbcShipmentStore shipments;
  private final JdbcPrintQueue printQueue;
  private final JdbcWaybillRegistry waybills;
  private final JdbcScanSessionStore scanSessions;

  JdbcCoreBackend(TestDatabase.Provisioned database) {
    this.ports = JdbcBackend.on(database);
    this.skuStatuses = new JdbcSkuStatusStore(ports.transactions());
    this.orders = new JdbcOrderStore(ports.transactions());
    this.shipments = new JdbcShipmentStore(ports.transactions());
    this.printQueue = new JdbcPrintQueue(ports.transactions());
    this.waybills = new JdbcWaybillRegistry(ports.transactions());
    this.scanSessions = new JdbcScanSessionStore(ports.transactions());
  }

  @Override
  public TransactionRunner transactions() {
    return ports.transactions();
  }

  @Override
  public StockLedger stockLedger() {
    return ports.stockLedger();
  }

  @Override
  public Catalogue catalogue() {
    return ports.catalogue();
  }

  @Override
  public LocationDirectory locations() {
    return ports.locations();
  }

  @Override
  public Outbox outbox() {
    return ports.outbox();
  }

  @Override
  public PrintQueue printQueue() {
    return printQueue;
  }

  @Override
  public WaybillRegistry waybills() {
    return waybills;
  }

  @Override
  public ScanSessionStore scanSessions() {
    return scanSessions;
  }

  @Override
  public ShipmentStore shipments() {
    return shipments;
  }

  @Override
  public OrderStore orders() {
    return orders;
  }

  @Override
  public SkuStatusStore skuStatusStore() {
    return skuStatuses;
  }
}
