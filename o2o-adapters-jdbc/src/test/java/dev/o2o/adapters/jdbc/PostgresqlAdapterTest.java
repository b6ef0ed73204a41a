package dev.o2o.adapters.jdbc;

/** The JDBC adapter on the PostgreSQL server: every contract and reliability test. */
class PostgresqlAdapterTest extends JdbcAdapterSuite {

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRESQL;
  }
}
