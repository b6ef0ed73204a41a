package dev.o2o.adapters.jdbc;

import dev.o2o.core.stock.Inventory;

/** Every JDBC port on one provisioned test schema, sharing its transactions. */
record JdbcBackend(TestDatabase.Provisioned database, JdbcTransactions transactions, JdbcStockLedger stockLedger,
    JdbcCatalogue catalogue, JdbcLocationDirectory locations, JdbcOutbox outbox) {

  static JdbcBackend on(TestDatabase.Provisioned database) {
    return on(database, database.transactions());
  }

  static JdbcBackend on(TestDatabase.Provisioned database, JdbcTransactions transactions) {
    return new JdbcBackend(database, transactions, new JdbcStockLedger(transactions), new JdbcCatalogue(transactions),
        new JdbcLocationDirectory(transactions), new JdbcOutbox(transactions));
  }

  Inventory inventory() {
    return new Inventory(stockLedger, catalogue, transactions);
  }
}
