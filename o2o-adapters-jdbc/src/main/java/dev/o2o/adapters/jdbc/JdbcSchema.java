package dev.o2o.adapters.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * o2o's tables, migrated by Flyway from scripts inside this jar ({@value #LOCATION}), recorded in a schema-history
 * table of their own ({@value #HISTORY_TABLE}) so that a host's own Flyway or Liquibase setup is left alone.
 *
 * <p>Every table is named {@code o2o_...} and lives in the connection's current schema. The scripts are the same on
 * every database; their few dialect words are Flyway placeholders that {@link Dialect} fills. Hosts that run scripts
 * themselves take them filled in from {@link #scripts(Dialect)}.
 */
public final class JdbcSchema {

  /** Where the migration scripts are, on the class path. */
  public static final String LOCATION = "dev/o2o/adapters/jdbc/migration";

  /** The table Flyway records o2o's migrations in. */
  public static final String HISTORY_TABLE = "o2o_schema_history";

  /** The scripts, in the order they run; a new migration is added here and under {@link #LOCATION}. */
  static final List<String> SCRIPTS = List.of("V1__core.sql", "V2__sku_status.sql", "V3__orders.sql",
      "V4__shipments.sql", "V5__print_queue.sql",
      "V6__pickups.sql", "V7__outbound.sql", "V8__position_index.sql", "V9__shipment_id_blocks.sql");

  private JdbcSchema() {}

  /** Creates or upgrades o2o's tables in the current schema of {@code dataSource}; returns the migrations applied. */
  public static int migrate(DataSource dataSource) {
    return migrate(dataSource, Dialect.of(dataSource));
  }

  /** Creates or upgrades o2o's tables, for a known dialect; returns the number of migrations applied. */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    try {
      MigrateResult result = Flyway.configure(JdbcSchema.class.getClassLoader())
          .dataSource(dataSource)
          .locations("classpath:" + LOCATION)
          .table(HISTORY_TABLE)
          .placeholders(dialect.placeholders())
          // A schema that already holds the host's tables is fine: o2o's history starts before its first script.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new JdbcStoreException("could not migrate o2o's tables on " + dialect + ": " + e.getMessage(), e);
    }
  }

  /**
   * The migration scripts with the placeholders of {@code dialect} filled in, in order, for hosts that run them with
   * their own tools: each entry is a file name and its SQL.
   */
  public static List<Map.Entry<String, String>> scripts(Dialect dialect) {
    List<Map.Entry<String, String>> scripts = new ArrayList<>();
    for (String name : SCRIPTS) {
      String sql = read(name);
      for (Map.Entry<String, String> placeholder : dialect.placeholders().entrySet()) {
        sql = sql.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
      }
      scripts.add(Map.entry(name, sql));
    }
    return scripts;
  }

  private static String read(String name) {
    String path = LOCATION + "/" + name;
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new JdbcStoreException("migration script " + path + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new JdbcStoreException("could not read migration script " + path, e);
    }
  }
}
