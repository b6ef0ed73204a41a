package dev.o2o.adapters.jdbc;

/**
 * One schema shared by the tests of one backend test class: made and migrated on first use, emptied before each test
 * that asks for it, dropped when the class is done.
 */
final class SharedDatabase implements AutoCloseable {

  private final TestDatabase database;
  private final String owner;
  private TestDatabase.Provisioned provisioned;

  SharedDatabase(TestDatabase database, Class<?> owner) {
    this.database = database;
    this.owner = owner.getSimpleName();
  }

  /** The schema, emptied. */
  synchronized TestDatabase.Provisioned fresh() {
    if (provisioned == null) {
      provisioned = database.create(owner, 16);
    } else {
      provisioned.reset();
    }
    return provisioned;
  }

  @Override
  public synchronized void close() {
    if (provisioned != null) {
      provisioned.close();
      provisioned = null;
    }
  }
}
