package dev.o2o.adapters.jdbc;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** o2o-core's ports on one emptied JDBC test schema, for the core contract tests. */
final class JdbcCoreBackend implements CoreBackend {

  private final JdbcBackend ports;

  JdbcCoreBackend(TestDatabase.Provisioned database) {
    this.ports = JdbcBackend.on(database);
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
}
