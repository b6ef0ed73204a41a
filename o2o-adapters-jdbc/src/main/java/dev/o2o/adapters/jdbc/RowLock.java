package dev.o2o.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Locks one row by its key with {@code SELECT ... FOR UPDATE}, inserting a row with defaults first when there is none
 * (an anchor that readers of a "written" flag ignore), so that a key nobody wrote yet can be locked too. Callers lock
 * keys one at a time in sorted order, so two writers never wait for each other in a circle.
 */
final class RowLock {

  private final Dialect dialect;
  private final String selectForUpdate;
  private final String insertIfAbsent;

  /** A lock on rows of {@code table}: {@code columns} are read, {@code keyColumns} identify the row. */
  RowLock(Dialect dialect, String table, String columns, List<String> keyColumns) {
    this.dialect = dialect;
    this.selectForUpdate = "SELECT " + columns + " FROM " + table + " WHERE "
        + String.join(" = ? AND ", keyColumns) + " = ? FOR UPDATE";
    this.insertIfAbsent = dialect.insertIfAbsent(table, keyColumns);
  }

  /** Binds a key's values from parameter 1 on. */
  @FunctionalInterface
  interface KeyBinder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Reads the locked row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** The row of a key, locked until the transaction ends; created first if missing. */
  <T> T lock(Connection connection, KeyBinder key, RowReader<T> reader) throws SQLException {
    Optional<T> found = select(connection, key, reader);
    if (found.isPresent()) {
      return found.get();
    }
    insertIfAbsent(connection, key);
    return select(connection, key, reader)
        .orElseThrow(() -> new SQLException("the row vanished while it was being locked"));
  }

  /**
   * Inserts the anchor row of a key that had none when it was selected for update (it may have one by now): for callers
   * that lock with a select of their own, which they then run again.
   */
  void insertIfAbsent(Connection connection, KeyBinder key) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertIfAbsent)) {
      key.bind(insert);
      insert.executeUpdate();
    } catch (SQLException e) {
      // H2's MERGE can lose a race with a concurrent insert of the same key: the row exists now, which is all we want.
      // (PostgreSQL's ON CONFLICT DO NOTHING never fails so, and would have aborted the transaction if it did.)
      if (dialect == Dialect.POSTGRESQL || !dialect.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  private <T> Optional<T> select(Connection connection, KeyBinder key, RowReader<T> reader) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(selectForUpdate)) {
      key.bind(select);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
      }
    }
  }
}
