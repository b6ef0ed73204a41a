package dev.o2o.adapters.jdbc;

/** The JDBC adapter on H2 in memory: every contract and reliability test. */
class H2AdapterTest extends JdbcAdapterSuite {

  @Override
  TestDatabase database() {
    return TestDatabase.H2;
  }
}
