package dev.o2o.adapters.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/** The JDBC adapter on the MariaDB server: every contract and reliability test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MariaDbAdapterTest {

  private final SharedDatabase shared = new SharedDatabase(TestDatabase.MARIADB, getClass());

  @AfterAll
  void drop() {
    shared.close();
  }

  @Nested
  class Stock extends StockOnJdbcTest {
    @Override
    TestDatabase.Provisioned database() {
      return shared.fresh();
    }
  }

  @Nested
  class Concurrency extends ConcurrencyOnJdbcTest {
    @Override
    TestDatabase.Provisioned database() {
      return shared.fresh();
    }
  }
}
