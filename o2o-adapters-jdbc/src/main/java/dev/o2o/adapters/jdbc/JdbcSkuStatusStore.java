package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Columns.parameters;

import com.google.common.collect.Lists;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.SkuStatus;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.status.StatusFlags;
import dev.o2o.core.status.StatusRevision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * SKU statuses and their history on JDBC: a row per SKU, locked one at a time in sorted order (a SKU nobody set a
 * status for gets an unwritten anchor row first), and an append-only history table.
 */
public final class JdbcSkuStatusStore implements SkuStatusStore {

  private static final int CHUNK = 500;
  private static final String COLUMNS =
      "sku_code, closed, closing_date, reorder, reorder_date, forced_sold_out, limited_stock";

  private final JdbcTransactions transactions;
  private final RowLock rowLock;

  /** The store of the database {@code transactions} run on. */
  public JdbcSkuStatusStore(JdbcTransactions transactions) {
    this.transactions = transactions;
    this.rowLock = new RowLock(transactions.dialect(), "o2o_sku_status", COLUMNS, List.of("sku_code"));
  }

  @Override
  public SortedMap<SkuCode, SkuStatus> lockStatuses(SortedSet<SkuCode> skus) {
    SortedSet<SkuCode> ordered = skus.comparator() == null ? skus : new TreeSet<>(skus);
    SortedMap<SkuCode, SkuStatus> locked = new TreeMap<>();
    for (SkuCode sku : ordered) {
      locked.put(sku, transactions.withConnection("could not lock the status of SKU " + sku,
          c -> rowLock.lock(c, statement -> statement.setString(1, sku.value()), JdbcSkuStatusStore::status)));
    }
    return locked;
  }

  @Override
  public void record(List<StatusRevision> revisions) {
    List<StatusRevision> recorded = List.copyOf(revisions);
    transactions.inTransaction(() -> {
      recorded.forEach(this::recordOne);
      return null;
    });
  }

  private void recordOne(StatusRevision revision) {
    SkuStatus status = revision.status();
    transactions.run("could not record the status of SKU " + status.sku(), c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_sku_status SET closed = ?, closing_date = ?,"
          + " reorder = ?, reorder_date = ?, forced_sold_out = ?, limited_stock = ?, written = TRUE"
          + " WHERE sku_code = ?")) {
        bindFlags(update, 1, status);
        update.setString(7, status.sku().value());
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_sku_status (closed, closing_date,"
              + " reorder, reorder_date, forced_sold_out, limited_stock, sku_code, written)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)")) {
            bindFlags(insert, 1, status);
            insert.setString(7, status.sku().value());
            insert.executeUpdate();
          }
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_sku_status_history (closed,"
          + " closing_date, reorder, reorder_date, forced_sold_out, limited_stock, sku_code, at_nanos, actor_staff,"
          + " actor_location_kind, actor_location_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bindFlags(insert, 1, status);
        insert.setString(7, status.sku().value());
        insert.setLong(8, Columns.nanos(revision.at(), "time of the status change of SKU " + status.sku()));
        Columns.setActor(insert, 9, revision.actor());
        insert.executeUpdate();
      }
    });
  }

  @Override
  public Optional<SkuStatus> find(SkuCode sku) {
    return transactions.read("could not read the status of SKU " + sku, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM o2o_sku_status WHERE sku_code = ? AND written = TRUE")) {
        select.setString(1, sku.value());
        return statuses(select).stream().findFirst();
      }
    });
  }

  @Override
  public List<SkuStatus> findAll(Collection<SkuCode> skus) {
    List<SkuCode> wanted = skus.stream().distinct().toList();
    List<SkuStatus> found = new ArrayList<>();
    for (List<SkuCode> chunk : Lists.partition(wanted, CHUNK)) {
      found.addAll(transactions.read("could not read the statuses of SKUs " + chunk, c -> {
        try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_sku_status"
            + " WHERE written = TRUE AND sku_code IN (" + parameters(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setString(i + 1, chunk.get(i).value());
          }
          return statuses(select);
        }
      }));
    }
    found.sort(Comparator.comparing(SkuStatus::sku));
    return found;
  }

  @Override
  public List<SkuStatus> findFlagged(StatusFlags flags) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM o2o_sku_status WHERE written = TRUE");
    List<Boolean> values = new ArrayList<>();
    flags.closed().ifPresent(v -> condition(sql, values, "closed", v));
    flags.reorder().ifPresent(v -> condition(sql, values, "reorder", v));
    flags.forcedSoldOut().ifPresent(v -> condition(sql, values, "forced_sold_out", v));
    flags.limitedStock().ifPresent(v -> condition(sql, values, "limited_stock", v));
    List<SkuStatus> found = transactions.read("could not find the statuses flagged " + flags, c -> {
      try (PreparedStatement select = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < values.size(); i++) {
          select.setBoolean(i + 1, values.get(i));
        }
        return statuses(select);
      }
    });
    List<SkuStatus> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(SkuStatus::sku));
    return sorted;
  }

  private static void condition(StringBuilder sql, List<Boolean> values, String column, boolean value) {
    sql.append(" AND ").append(column).append(" = ?");
    values.add(value);
  }

  @Override
  public List<StatusRevision> history(SkuCode sku) {
    return transactions.read("could not read the status history of SKU " + sku, c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + ", at_nanos, actor_staff,"
          + " actor_location_kind, actor_location_code FROM o2o_sku_status_history WHERE sku_code = ? ORDER BY seq")) {
        select.setString(1, sku.value());
        List<StatusRevision> revisions = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            revisions.add(new StatusRevision(status(row), Columns.instant(row.getLong("at_nanos")),
                Columns.actor(row, "actor")));
          }
        }
        return revisions;
      }
    });
  }

  private static void bindFlags(PreparedStatement statement, int index, SkuStatus status) throws SQLException {
    statement.setBoolean(index, status.closed());
    Columns.setDate(statement, index + 1, status.closingDate());
    statement.setBoolean(index + 2, status.reorder());
    Columns.setDate(statement, index + 3, status.reorderDate());
    statement.setBoolean(index + 4, status.forcedSoldOut());
    statement.setBoolean(index + 5, status.limitedStock());
  }

  private static List<SkuStatus> statuses(PreparedStatement select) throws SQLException {
    List<SkuStatus> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        found.add(status(row));
      }
    }
    return found;
  }

  private static SkuStatus status(ResultSet row) throws SQLException {
    return new SkuStatus(SkuCode.of(row.getString("sku_code")), row.getBoolean("closed"),
        Columns.optionalDate(row, "closing_date"), row.getBoolean("reorder"), Columns.optionalDate(row, "reorder_date"),
        row.getBoolean("forced_sold_out"), row.getBoolean("limited_stock"));
  }
}
