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
 * A schema of its own on a database server for one benchmark trial, migrated, with a pool; dropped on close. The
 * servers are {@code -Do2o.bench.postgres=<JDBC URL>} and {@code -Do2o.bench.mariadb=<JDBC URL>}, by default the local
 * ones.
 */
final class ServerBench implements AutoCloseable {

  /** A database server and the JDBC URL of an administrative connection to it. */
  enum Server {
    POSTGRESQL(System.getProperty("o2o.bench.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres")),
    MARIADB(System.getProperty("o2o.bench.mariadb", "jdbc:mariadb://127.0.0.1:3306/test?user=root"));

    final String url;

    Server(String url) {
      this.url = url;
    }
  }

  private final Server server;
  private final String schema;
  private final HikariDataSource dataSource;

  ServerBench(Server server, String name, int poolSize) {
    this.server = server;
    this.schema = "o2o_bench_" + name + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000000));
    HikariConfig config = new HikariConfig();
    if (server == Server.POSTGRESQL) {
      admin("CREATE SCHEMA " + schema);
      config.setJdbcUrl(server.url + (server.url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    } else {
      admin("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      config.setJdbcUrl(server.url.replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1"));
    }
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(poolSize);
    dataSource = new HikariDataSource(config);
    JdbcSchema.migrate(dataSource);
  }

  HikariDataSource dataSource() {
    return dataSource;
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(server.url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + server.url + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
    admin("DROP " + (server == Server.POSTGRESQL ? "SCHEMA " + schema + " CASCADE" : "DATABASE " + schema));
  }
}
