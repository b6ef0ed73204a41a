package dev.o2o.adapters.jdbc;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** o2o-core's ports on one emptied JDBC test schema, for the core contract tests. */
final class JdbcCoreBackend implements CoreBackend {

  private final JdbcBackend ports;
  private final JdbcSkuStatusStore skuStatuses;
  private final JdbcOrderStore orders;

  JdbcCoreBackend(TestDatabase.Provisioned database) {
    this.ports = JdbcBackend.on(database);
    this.skuStatuses = new JdbcSkuStatusStore(ports.transactions());
    this.orders = new JdbcOrderStore(ports.transactions());
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
  public OrderStore orders() {
    return orders;
  }

  @Override
  public SkuStatusStore skuStatusStore() {
    return skuStatuses;
  }
}
