package dev.o2o.adapters.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2, the embedded default: a data source for a database in a file or in memory, pooled by H2's own small pool, with a
 * lock timeout long enough for busy stock positions. Hosts with a pool of their own wrap the same URL.
 */
public final class EmbeddedH2 {

  /**
   * The URL options every o2o H2 database gets: wait up to 10 s for a row lock before retrying, and keep the 64 latest
   * statements parsed per session (H2 keeps 8; a commit of an allocation run alone prepares more than 8 kinds).
   */
  public static final String OPTIONS = ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

  private EmbeddedH2() {}

  /** A database in {@code file} (H2 adds {@code .mv.db}); created on first use. */
  public static JdbcConnectionPool file(Path file) {
    Objects.requireNonNull(file, "file");
    return dataSource("jdbc:h2:file:" + file.toAbsolutePath() + OPTIONS);
  }

  /** A database in memory named {@code name}, kept until the JVM ends. */
  public static JdbcConnectionPool memory(String name) {
    if (name == null || name.isBlank() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
      throw new IllegalArgumentException("an H2 memory database needs a name of letters, digits and '_', got '"
          + name + "'");
    }
    return dataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + OPTIONS);
  }

  /**
   * A pooled data source: opening an H2 file database costs milliseconds (file lock, recovery check), so connections
   * are kept, up to H2's default pool size; close it with {@link JdbcConnectionPool#dispose()} when the host stops.
   */
  private static JdbcConnectionPool dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return JdbcConnectionPool.create(dataSource);
  }
}
