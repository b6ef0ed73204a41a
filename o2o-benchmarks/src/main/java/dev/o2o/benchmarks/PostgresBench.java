package dev.o2o.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.o2o.adapters.jdbc.JdbcSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A schema of its own on the PostgreSQL server for one benchmark trial, migrated, with a pool; dropped on close. The
 * server is {@code -Do2o.bench.postgres=<JDBC URL>}, by default the local one.
 */
final class PostgresBench implements AutoCloseable {

  static final String URL = System.getProperty("o2o.bench.postgres",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final String schema;
  private final HikariDataSource dataSource;

  PostgresBench(String name, int poolSize) {
    this.schema = "o2o_bench_" + name + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000));
    admin("CREATE SCHEMA " + schema);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize);
    dataSource = new HikariDataSource(config);
    JdbcSchema.migrate(dataSource);
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  private static void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + URL + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    admin("DROP SCHEMA " + schema + " CASCADE");
  }
}
