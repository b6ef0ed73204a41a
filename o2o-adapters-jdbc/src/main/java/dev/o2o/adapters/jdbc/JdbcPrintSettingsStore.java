package dev.o2o.adapters.jdbc;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.printing.PrintSchedule;
import dev.o2o.pickup.printing.PrintSettings;
import dev.o2o.pickup.printing.PrintSettingsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Each store's print settings and print state on JDBC: a row per store, the schedule's minutes as "0,5,35". */
public final class JdbcPrintSettingsStore implements PrintSettingsStore {

  private static final String COLUMNS = "store_kind, store_code, schedule_minutes, cancellation_detail,"
      + " last_printed_at_nanos, last_scheduled_run_nanos";

  private final JdbcTransactions transactions;

  /** The settings of the database {@code transactions} run on. */
  public JdbcPrintSettingsStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<PrintSettings> find(LocationId store) {
    return transactions.read("could not read the print settings of " + store, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM o2o_print_settings WHERE store_kind = ? AND store_code = ?")) {
        Columns.setLocation(select, 1, store);
        return settings(select).stream().findFirst();
      }
    });
  }

  @Override
  public void save(PrintSettings settings) {
    transactions.run("could not save the print settings of " + settings.store(), c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_print_settings SET schedule_minutes = ?,"
          + " cancellation_detail = ?, last_printed_at_nanos = ?, last_scheduled_run_nanos = ?"
          + " WHERE store_kind = ? AND store_code = ?")) {
        bind(update, settings);
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_print_settings (schedule_minutes,"
          + " cancellation_detail, last_printed_at_nanos, last_scheduled_run_nanos, store_kind, store_code)"
          + " VALUES (?, ?, ?, ?, ?, ?)")) {
        bind(insert, settings);
        insert.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          throw new TransientStoreException("the print settings of " + settings.store() + " were added meanwhile", e);
        }
        throw e;
      }
    });
  }

  @Override
  public List<PrintSettings> all() {
    return transactions.read("could not read the print settings", c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_print_settings")) {
        List<PrintSettings> found = new ArrayList<>(settings(select));
        found.sort(Comparator.comparing(PrintSettings::store));
        return found;
      }
    });
  }

  private static void bind(PreparedStatement statement, PrintSettings settings) throws SQLException {
    statement.setString(1, settings.schedule().minutes().stream().map(String::valueOf)
        .collect(Collectors.joining(",")));
    statement.setString(2, settings.cancellationDetail().name());
    setInstant(statement, 3, settings.lastPrintedAt(), "last print time of " + settings.store());
    setInstant(statement, 4, settings.lastScheduledRun(), "last scheduled run of " + settings.store());
    Columns.setLocation(statement, 5, settings.store());
  }

  private static void setInstant(PreparedStatement statement, int index, Optional<Instant> instant, String what)
      throws SQLException {
    if (instant.isPresent()) {
      statement.setLong(index, Columns.nanos(instant.get(), what));
    } else {
      statement.setNull(index, Types.BIGINT);
    }
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    long nanos = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(Columns.instant(nanos));
  }

  private static List<PrintSettings> settings(PreparedStatement select) throws SQLException {
    List<PrintSettings> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String minutes = row.getString("schedule_minutes");
        TreeSet<Integer> schedule = new TreeSet<>();
        if (!minutes.isEmpty()) {
          Arrays.stream(minutes.split(",")).map(Integer::valueOf).forEach(schedule::add);
        }
        found.add(new PrintSettings(Columns.location(row, "store_kind", "store_code"), new PrintSchedule(schedule),
            CancellationDetail.valueOf(row.getString("cancellation_detail")),
            instant(row, "last_printed_at_nanos"), instant(row, "last_scheduled_run_nanos")));
      }
    }
    return found;
  }
}
