package dev.o2o.adapters.jdbc;

/** The JDBC adapter on the MariaDB server: every contract and reliability test. */
class MariaDbAdapterTest extends JdbcAdapterSuite {

  @Override
  TestDatabase database() {
    return TestDatabase.MARIADB;
  }
}
