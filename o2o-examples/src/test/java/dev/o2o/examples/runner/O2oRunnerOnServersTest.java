package dev.o2o.examples.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner's {@code --jdbc-url}: the same day, then staff sub-commands, on the PostgreSQL and MariaDB servers, each in
 * a schema (database) of its own that is dropped afterwards. An unreachable server skips, or fails under CI=true.
 */
class O2oRunnerOnServersTest {

  @TempDir
  Path dataDir;

  private static String adminUrl(String server) {
    return server.equals("postgresql") ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=5"
        : "jdbc:mariadb://127.0.0.1:3306/test?user=root&connectTimeout=5000";
  }

  private static void admin(String server, String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl(server));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String message = server + " is unreachable at 127.0.0.1 (" + e.getMessage() + ")";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + "; under CI=true this is a failure", e);
      }
      Assumptions.abort(message + "; skipping");
    }
  }

  private int run(StringWriter out, String url, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    all[2] = "--no-colour";
    all[3] = "--jdbc-url";
    all[4] = url;
    System.arraycopy(args, 0, all, 5, args.length);
    StringWriter err = new StringWriter();
    int code = O2oRunner.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    out.append(err.toString());
    return code;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void givenAServer_whenTheDayIsPlayedOnIt_thenItSucceedsAndStaffCommandsReadItBack(String server) {
    String name = "o2o_runner_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    String url;
    if (server.equals("postgresql")) {
      admin(server, "CREATE SCHEMA " + name);
      url = adminUrl(server) + "&currentSchema=" + name;
    } else {
      admin(server, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
      url = "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root";
    }
    try {
      StringWriter day = new StringWriter();
      assertThat(run(day, url, "day", "--orders", "120")).as(day.toString()).isZero();
      assertThat(day.toString()).contains("COMPLETE run:", "SHIPPED", "is now COMPLETED", "no drift");

      StringWriter again = new StringWriter();
      assertThat(run(again, url, "day")).isEqualTo(1);
      assertThat(again.toString()).contains("already holds o2o data");

      StringWriter stock = new StringWriter();
      assertThat(run(stock, url, "stock", "--style", "TS24")).as(stock.toString()).isZero();
      assertThat(stock.toString()).contains("WH-ICHEON", "강남점");
    } finally {
      admin(server, server.equals("postgresql") ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
    }
  }
}
