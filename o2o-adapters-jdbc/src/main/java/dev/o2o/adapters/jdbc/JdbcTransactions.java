package dev.o2o.adapters.jdbc;

import dev.o2o.core.tx.TransactionRunner;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactions of every JDBC port on one data source: a unit of work binds one connection to the calling thread
 * (for this runner only) until it commits or rolls back, ports called inside it use that connection, and a unit of
 * work that fails for a transient reason (deadlock, serialization failure, lock timeout, connection lost before the
 * commit) is run again, up to a bounded number of attempts, then reported as a {@link RetriesExhaustedException}.
 *
 * <p>Build one per data source and give it to every port of that database. Thread-safe.
 */
public final class JdbcTransactions implements TransactionRunner {

  /** How many times a unit of work runs at most, unless the builder says otherwise. */
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  private static final Logger log = LoggerFactory.getLogger(JdbcTransactions.class);

  private final DataSource dataSource;
  private final Dialect dialect;
  private final int maxAttempts;
  private final long maxBackoffMillis;
  // Instance-scoped: two runners (two databases) never see each other's connections.
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  private JdbcTransactions(Builder builder) {
    this.dataSource = builder.dataSource;
    this.dialect = builder.dialect == null ? Dialect.of(builder.dataSource) : builder.dialect;
    this.maxAttempts = builder.maxAttempts;
    this.maxBackoffMillis = builder.maxBackoffMillis;
  }

  /** Transactions on {@code dataSource} with the defaults: dialect detected, {@value #DEFAULT_MAX_ATTEMPTS} attempts. */
  public JdbcTransactions(DataSource dataSource) {
    this(builder(dataSource));
  }

  /** A builder of transactions on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /** The database these transactions run on. */
  public Dialect dialect() {
    return dialect;
  }

  /** The data source the connections come from. */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    TransientStoreException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return runOnce(work);
      } catch (TransientStoreException e) {
        last = e;
        log.debug("transaction attempt {} of {} failed, retrying: {}", attempt, maxAttempts, e.getMessage());
        if (attempt < maxAttempts) {
          backOff(attempt);
        }
      }
    }
    log.warn("transaction gave up after {} attempts: {}", maxAttempts, last.getMessage());
    throw new RetriesExhaustedException(maxAttempts, last);
  }

  /**
   * Notes that the running unit of work locks the row of {@code key} (any value with equals and hashCode, naming the
   * row); false if it noted that key before, so it holds that lock already. True outside a unit of work.
   */
  boolean firstLockOf(Object key) {
    Unit unit = current.get();
    if (unit == null) {
      return true;
    }
    if (unit.locked == null) {
      unit.locked = new HashSet<>();
    }
    return unit.locked.add(key);
  }

  /**
   * What the running unit of work noted of a row it holds locked ({@link #note}), or null: outside a unit of work, or
   * nothing noted of {@code key}. A store notes what it read or wrote of a row it locked, so that it need not lock and
   * read the row again in the same unit of work; each attempt of a unit of work starts with nothing noted.
   */
  Object noted(Object key) {
    Unit unit = current.get();
    return unit == null || unit.noted == null ? null : unit.noted.get(key);
  }

  /** Notes {@code value} of the row of {@code key}, which the running unit of work holds locked; not outside one. */
  void note(Object key, Object value) {
    Unit unit = current.get();
    if (unit != null) {
      if (unit.noted == null) {
        unit.noted = new HashMap<>();
      }
      unit.noted.put(key, value);
    }
  }

  /** Drops what the running unit of work noted of the row of {@code key}: a write to it failed, or may have. */
  void forget(Object key) {
    Unit unit = current.get();
    if (unit != null && unit.noted != null) {
      unit.noted.remove(key);
    }
  }

  /** Whether the calling thread is inside a unit of work of this runner. */
  public boolean isActive() {
    return current.get() != null;
  }

  /**
   * Runs SQL on the connection of the running unit of work, or in a unit of work of its own; a failure comes back as a
   * {@link JdbcStoreException} whose message begins with {@code what} (which should name the entity).
   */
  <T> T withConnection(String what, SqlWork<T> work) {
    return withConnection(() -> what, work);
  }

  /**
   * Like {@link #withConnection(String, SqlWork)}, the message built only if the work fails: for the hot paths, where
   * building it on every call would cost more than the call's own work on the client.
   */
  <T> T withConnection(Supplier<String> what, SqlWork<T> work) {
    Unit running = current.get();
    if (running != null) {
      return apply(running, what, work);
    }
    return inTransaction(() -> apply(current.get(), what, work));
  }

  private <T> T apply(Unit unit, Supplier<String> what, SqlWork<T> work) {
    try {
      return work.apply(unit.connection);
    } catch (SQLException e) {
      throw translate(unit, what.get(), e);
    }
  }

  /**
   * Runs one read-only statement: inside a running unit of work on its connection, otherwise on a connection of its
   * own in auto-commit (no BEGIN and COMMIT round trips), with the same retries as a unit of work. Only for work whose
   * statements need no common snapshot: a single query.
   */
  <T> T read(String what, SqlWork<T> work) {
    if (current.get() != null) {
      return withConnection(what, work);
    }
    TransientStoreException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return readOnce(what, work);
      } catch (TransientStoreException e) {
        last = e;
        if (attempt < maxAttempts) {
          backOff(attempt);
        }
      }
    }
    throw new RetriesExhaustedException(maxAttempts, last);
  }

  private <T> T readOnce(String what, SqlWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      try {
        return work.apply(connection);
      } finally {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw translate(null, what, e);
    }
  }

  /** Runs SQL that returns nothing; see {@link #withConnection(String, SqlWork)}. */
  void run(String what, SqlAction action) {
    run(() -> what, action);
  }

  /** Runs SQL that returns nothing, its message built only on failure (hot paths). */
  void run(Supplier<String> what, SqlAction action) {
    withConnection(what, connection -> {
      action.apply(connection);
      return null;
    });
  }

  /** The exception a port throws for {@code e}; a transient one also marks the unit of work to be run again. */
  JdbcStoreException translate(String what, SQLException e) {
    return translate(current.get(), what, e);
  }

  /**
   * A failure the database does not call transient but that running the whole unit of work again cures (a duplicate
   * key that the retry's fresh look-up will find); dooms the running unit of work, so it is rolled back and run again
   * even if the work catches the exception.
   */
  TransientStoreException retryable(String message, SQLException cause) {
    TransientStoreException failure = new TransientStoreException(message, cause);
    Unit unit = current.get();
    if (unit != null && unit.doomed == null) {
      unit.doomed = failure;
    }
    return failure;
  }

  private JdbcStoreException translate(Unit unit, String what, SQLException e) {
    String message = what + ": " + e.getMessage();
    if (dialect.isTransient(e) || dialect.isConnectionLost(e)) {
      TransientStoreException transientFailure = new TransientStoreException(message, e);
      if (unit != null && unit.doomed == null) {
        unit.doomed = transientFailure;
      }
      return transientFailure;
    }
    return new JdbcStoreException(message, e);
  }

  private <T> T runOnce(Supplier<T> work) {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw translate(null, "could not get a connection", e);
    }
    Unit unit = new Unit(connection);
    Settings settings;
    try {
      settings = begin(connection);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw translate(null, "could not begin a transaction", e);
    }
    current.set(unit);
    try {
      T result;
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        if (unit.doomed != null && unit.doomed != e) {
          // The work failed after (and probably because of) a transient failure it did not let through.
          unit.doomed.addSuppressed(e);
          throw unit.doomed;
        }
        throw e;
      }
      if (unit.doomed != null) {
        rollbackQuietly(connection, unit.doomed);
        throw unit.doomed;
      }
      commit(connection);
      return result;
    } finally {
      // Cleared rather than removed: the next unit of work on this thread then sets the value of the same entry,
      // which costs less than adding it back to the thread's map each time.
      current.set(null);
      restoreAndClose(connection, settings);
    }
  }

  /** The connection's settings before o2o changed them for a transaction. */
  private record Settings(boolean autoCommit, int isolation) {}

  private Settings begin(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = -1;
    if (dialect.isolation().isPresent()) {
      isolation = connection.getTransactionIsolation();
      if (isolation != dialect.isolation().get()) {
        connection.setTransactionIsolation(dialect.isolation().get());
      }
    }
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    return new Settings(autoCommit, isolation);
  }

  private void commit(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      if (dialect.isConnectionLost(e)) {
        throw new CommitOutcomeUnknownException(e);
      }
      rollbackQuietly(connection, e);
      if (dialect.isTransient(e)) {
        throw new TransientStoreException("commit failed: " + e.getMessage(), e);
      }
      throw new JdbcStoreException("commit failed: " + e.getMessage(), e);
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private void restoreAndClose(Connection connection, Settings settings) {
    try {
      if (settings.autoCommit()) {
        connection.setAutoCommit(true);
      }
      if (dialect.isolation().isPresent() && settings.isolation() != dialect.isolation().get()) {
        connection.setTransactionIsolation(settings.isolation());
      }
    } catch (SQLException e) {
      log.debug("could not restore the connection's settings (it is closed anyway): {}", e.getMessage());
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      log.debug("could not close a connection: {}", e.getMessage());
    }
  }

  private void backOff(int attempt) {
    long ceiling = Math.min(maxBackoffMillis, 1L << Math.min(attempt + 1, 20));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStoreException("interrupted while waiting to retry a transaction", e);
    }
  }

  /** The connection of one running unit of work, and the transient failure that dooms it, if any. */
  private static final class Unit {
    final Connection connection;
    TransientStoreException doomed;
    /** The rows this unit of work locked, by their key, as the ports told it ({@link #firstLockOf}); null: none yet. */
    Set<Object> locked;
    /** What the ports noted of rows this unit of work holds locked, by the row's key ({@link #note}); null: nothing. */
    Map<Object, Object> noted;

    Unit(Connection connection) {
      this.connection = connection;
    }
  }

  /** SQL run on a connection, returning a value. */
  @FunctionalInterface
  interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** SQL run on a connection. */
  @FunctionalInterface
  interface SqlAction {
    void apply(Connection connection) throws SQLException;
  }

  /** Builds {@link JdbcTransactions}; defaults: dialect detected from the data source, 10 attempts, 100 ms back-off. */
  public static final class Builder {
    private final DataSource dataSource;
    private Dialect dialect;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private long maxBackoffMillis = 100;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "data source");
    }

    /** The dialect, instead of asking the database. */
    public Builder dialect(Dialect value) {
      this.dialect = Objects.requireNonNull(value, "dialect");
      return this;
    }

    /** How many times a unit of work runs at most (1: never retried). */
    public Builder maxAttempts(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("a transaction needs at least 1 attempt, got " + value);
      }
      this.maxAttempts = value;
      return this;
    }

    /** The longest random pause between two attempts, in milliseconds. */
    public Builder maxBackoffMillis(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("back-off must not be negative, got " + value);
      }
      this.maxBackoffMillis = value;
      return this;
    }

    public JdbcTransactions build() {
      return new JdbcTransactions(this);
    }
  }
}
