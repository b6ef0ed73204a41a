package dev.o2o.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the adapter is tested on. H2 runs in memory; PostgreSQL and MariaDB are the servers on the machine
 * (override with the environment variables O2O_TEST_POSTGRES_URL and O2O_TEST_MARIADB_URL, JDBC URLs of an
 * administrative connection). Each test class gets a schema (database) of its own, migrated, dropped at the end.
 * An unreachable server skips the tests with a message, or fails them when CI=true.
 */
enum TestDatabase {
  H2("jdbc:h2:mem:"),
  POSTGRESQL(Optional.ofNullable(System.getenv("O2O_TEST_POSTGRES_URL"))
      .orElse("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=5")),
  MARIADB(Optional.ofNullable(System.getenv("O2O_TEST_MARIADB_URL"))
      .orElse("jdbc:mariadb://127.0.0.1:3306/test?user=root&connectTimeout=5000"));

  /** Every o2o table, children before parents: emptied between tests. */
  static final List<String> TABLES = List.of("o2o_waybill", "o2o_scan_session", "o2o_pickup", "o2o_pickup_activity", "o2o_print_settings",
      "o2o_print_job", "o2o_shipment_change", "o2o_shipment_line", "o2o_shipment",
      "o2o_order_note", "o2o_order_change", "o2o_order_line", "o2o_order",
      "o2o_sku_barcode", "o2o_sku", "o2o_stock_movement",
      "o2o_stock_position", "o2o_location", "o2o_outbox", "o2o_sku_status", "o2o_sku_status_history");

  private final String adminUrl;

  TestDatabase(String adminUrl) {
    this.adminUrl = adminUrl;
  }

  /**
   * A fresh, migrated, empty schema for {@code owner} (a test class), with a pool of {@code poolSize} connections; skips
   * (or fails under CI) when the server cannot be reached.
   */
  Provisioned create(String owner, int poolSize) {
    String name = ("o2o_" + owner.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
    name = name.substring(0, Math.min(name.length(), 40)) + "_" + Integer.toHexString(
        ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    String url;
    switch (this) {
      case H2 -> url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + EmbeddedH2.OPTIONS;
      case POSTGRESQL -> {
        admin("CREATE SCHEMA " + name);
        url = adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
      }
      case MARIADB -> {
        admin("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        url = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
      }
      default -> throw new IllegalStateException(name());
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(name);
    HikariDataSource dataSource = new HikariDataSource(config);
    JdbcSchema.migrate(dataSource);
    return new Provisioned(this, name, dataSource);
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("08")
          || e.getMessage().contains("onnect") || e.getMessage().contains("refused")) {
        unreachable(e);
      }
      throw new IllegalStateException(sql + " failed on " + this + ": " + e.getMessage(), e);
    }
  }

  private void unreachable(SQLException e) {
    String message = this + " is unreachable at " + adminUrl + " (" + e.getMessage() + "): start it, or point "
        + "O2O_TEST_" + (this == POSTGRESQL ? "POSTGRES" : "MARIADB") + "_URL at one";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(message + "; under CI=true this is a failure", e);
    }
    Assumptions.abort(message + "; skipping these tests");
  }

  /** A schema of one test class: its pool and transactions, emptied by {@link #reset()}, dropped by {@link #close()}. */
  static final class Provisioned implements AutoCloseable {
    private final TestDatabase database;
    private final String name;
    private final HikariDataSource dataSource;
    private final JdbcTransactions transactions;

    Provisioned(TestDatabase database, String name, HikariDataSource dataSource) {
      this.database = database;
      this.name = name;
      this.dataSource = dataSource;
      this.transactions = new JdbcTransactions(dataSource);
    }

    HikariDataSource dataSource() {
      return dataSource;
    }

    JdbcTransactions transactions() {
      return transactions;
    }

    TestDatabase database() {
      return database;
    }

    /** Empties every o2o table. */
    void reset() {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        for (String table : TABLES) {
          statement.executeUpdate("DELETE FROM " + table);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not empty the tables of " + name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      dataSource.close();
      switch (database) {
        case H2 -> {
          try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name);
              Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + name, e);
          }
        }
        case POSTGRESQL -> database.admin("DROP SCHEMA " + name + " CASCADE");
        case MARIADB -> database.admin("DROP DATABASE " + name);
        default -> throw new IllegalStateException(database.name());
      }
    }
  }
}
