package dev.o2o.adapters.jdbc;

import static dev.o2o.adapters.jdbc.Columns.parameters;

import com.google.common.collect.Lists;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.Reference;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.stock.StockPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The stock ledger and positions on JDBC: positions are rows locked with {@code SELECT ... FOR UPDATE}, one key at a
 * time in the sorted order the port hands them over (so two writers never wait for each other in a circle), a missing
 * row being inserted first as an unwritten lock anchor; movements are rows under a unique movement id; the buckets are
 * backed by CHECK constraints. On PostgreSQL and MariaDB a batch's idempotency look-up rides on the lock of its last
 * position (one statement), and on PostgreSQL the ledger rows and the positions are written in one statement.
 */
public final class JdbcStockLedger implements StockLedger {

  private static final int CHUNK = 500;
  private static final int PAGE = 1_000;
  /** The most rows (movements and positions) recorded in one statement: PostgreSQL takes 65,535 parameters. */
  private static final int ONE_STATEMENT_ROWS = 2_000;

  /** How many columns {@link #POSITION_COLUMNS} names. */
  private static final int POSITION_COLUMN_COUNT = 9;
  /** Up to how many movements (and positions) the text of the hot statements is built once and kept. */
  private static final int KEPT_SIZES = 8;
  /**
   * How long a thread waits in this process's line for a position ({@link LockLine}) before it goes to the database
   * anyway: as long as PostgreSQL waits before it looks for a deadlock, by default.
   */
  private static final long LINE_PATIENCE_MILLIS = 1_000;

  private static final String POSITION_COLUMNS = "sku_code, location_kind, location_code, on_hand, allocated,"
      + " offline_scheduled, pickup_reserved, in_transit, safety_stock";
  private static final String KEY_MATCHES = "sku_code = ? AND location_kind = ? AND location_code = ?";
  private static final List<String> KEY_COLUMNS = List.of("sku_code", "location_kind", "location_code");
  /** The columns a position is written with, in the order they are bound: its figures, its key, then written. */
  private static final List<String> WRITTEN_COLUMNS = List.of("on_hand", "allocated", "offline_scheduled",
      "pickup_reserved", "in_transit", "safety_stock", "sku_code", "location_kind", "location_code", "written");
  /** At most this many positions a locking query. */
  private static final int LOCK_ROWS = 100;
  /** At most this many positions a write statement (ten parameters each). */
  private static final int UPSERT_ROWS = 500;
  private static final String MOVEMENT_COLUMNS = "seq, movement_id, kind, sku_code, location_kind, location_code,"
      + " quantity, destination_kind, destination_code, reference_kind, reference_id, at_nanos, actor_staff,"
      + " actor_location_kind, actor_location_code, reason";

  private final JdbcTransactions transactions;
  private final RowLock rowLock;
  private final LockLine line = new LockLine(LINE_PATIENCE_MILLIS);
  /** The query that locks {@value #LOCK_ROWS} positions at once, or null where the dialect locks one a query. */
  private final String lockByKeys;
  /** The locking clause of the lock with the look-up beside it; null where the two stay apart (H2). */
  private final String lockJoined;
  /** The text of the lock-and-look-up statement by number of ids, and of the one-statement record by sizes. */
  private final String[] lockAndFindSql = new String[KEPT_SIZES + 1];
  private final String[][] recordSql = new String[KEPT_SIZES + 1][KEPT_SIZES + 1];

  /** The ledger of the database {@code transactions} run on. */
  public JdbcStockLedger(JdbcTransactions transactions) {
    this.transactions = transactions;
    this.rowLock = new RowLock(transactions.dialect(), "o2o_stock_position", POSITION_COLUMNS, KEY_COLUMNS);
    this.lockJoined = transactions.dialect().lockJoinedBy("p").orElse(null);
    this.lockByKeys = transactions.dialect()
        .lockByKeys("o2o_stock_position", POSITION_COLUMNS, KEY_COLUMNS, LOCK_ROWS).orElse(null);
    for (int n = 1; n <= KEPT_SIZES; n++) {
      if (lockJoined != null) {
        lockAndFindSql[n] = lockAndFindText(n);
      }
      for (int m = 1; m <= KEPT_SIZES; m++) {
        recordSql[n][m] = recordText(n, m);
      }
    }
  }

  @Override
  public SortedMap<PositionKey, StockPosition> lockPositions(SortedSet<PositionKey> keys) {
    SortedMap<PositionKey, StockPosition> locked = new TreeMap<>();
    lockInOrder(inLockOrder(keys), locked);
    return locked;
  }

  /**
   * The order every writer locks positions in: the primary key's (SKU, location kind, location code), which is also
   * the order MariaDB's locking query takes the rows in ({@link Dialect#lockByKeys}); a key's natural order compares
   * the location's code before its kind.
   */
  private static final Comparator<PositionKey> LOCK_ORDER = Comparator
      .comparing((PositionKey key) -> key.sku().value())
      .thenComparing(key -> key.location().kind().name())
      .thenComparing(key -> key.location().code());

  private static List<PositionKey> inLockOrder(Collection<PositionKey> keys) {
    List<PositionKey> ordered = new ArrayList<>(keys);
    ordered.sort(LOCK_ORDER);
    return ordered;
  }

  /**
   * Locks the positions of {@code keys} (in {@link #LOCK_ORDER}) in that order, into {@code locked}:
   * {@value #LOCK_ROWS} a query where the dialect locks many rows by key at once ({@link Dialect#lockByKeys}), else one
   * a query, each in this process's line for its row ({@link LockLine}). A query of many rows waits in the database,
   * not in the lines: waiting in turn for each of a hundred lines would add up their patience. A key without a row yet
   * is locked after its query, on its own (its anchor row inserted first): the database finds the rare wait in a
   * circle that this may make, and the unit of work is run again.
   */
  private void lockInOrder(List<PositionKey> keys, SortedMap<PositionKey, StockPosition> locked) {
    if (keys.size() < 2 || lockByKeys == null) {
      for (PositionKey key : keys) {
        locked.put(key, lockOne(key));
      }
      return;
    }
    for (List<PositionKey> chunk : Lists.partition(keys, LOCK_ROWS)) {
      chunk.forEach(transactions::firstLockOf);
      Map<PositionKey, StockPosition> found = transactions.withConnection(
          () -> "could not lock " + SaveBatch.named("position", chunk),
          c -> lockTogether(c, chunk));
      for (PositionKey key : chunk) {
        StockPosition position = found.get(key);
        locked.put(key, position != null ? position : lockOne(key));
      }
    }
  }

  /** The positions of {@code keys} that have a row, locked in one query. */
  private Map<PositionKey, StockPosition> lockTogether(Connection connection, List<PositionKey> keys)
      throws SQLException {
    String sql = keys.size() == LOCK_ROWS ? lockByKeys : transactions.dialect()
        .lockByKeys("o2o_stock_position", POSITION_COLUMNS, KEY_COLUMNS, keys.size()).orElseThrow();
    Map<PositionKey, StockPosition> found = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.size(); i++) {
        bindKey(select, 1 + 3 * i, keys.get(i));
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          StockPosition position = position(row);
          found.put(position.key(), position);
        }
      }
    }
    return found;
  }

  private StockPosition lockOne(PositionKey key) {
    return inTurn(key, () -> transactions.withConnection(() -> "could not lock the position of " + key,
        c -> rowLock.lock(c, statement -> bindKey(statement, 1, key), JdbcStockLedger::position)));
  }

  /**
   * Runs the statement that locks {@code key} in this process's line for that position, so that the threads of this
   * process that want one hot position wait for it here rather than in the database; a unit of work that locked the
   * position before holds its lock, and goes straight on.
   */
  private <T> T inTurn(PositionKey key, Supplier<T> lock) {
    return transactions.firstLockOf(key) ? line.inTurn(key, lock) : lock.get();
  }

  /**
   * On PostgreSQL and MariaDB, the earlier movements are read by the statement that locks the last position (a left
   * join of the ledger rows with those ids), one round trip fewer. On PostgreSQL that statement reads the ledger with
   * the snapshot it took before it waited for the lock, so a copy of one of these movements committed by the writer
   * it waited for is not seen; recording the movement then hits the unique movement id, which {@link #record} reports
   * as a failure the unit of work is retried for, and the retry finds the copy. On MariaDB the locking read sees the
   * latest committed ledger rows.
   */
  @Override
  public LockedBatch lockBatch(SortedSet<PositionKey> keys, Set<MovementId> ids) {
    if (lockJoined == null || keys.isEmpty() || ids.isEmpty() || ids.size() > CHUNK) {
      return StockLedger.super.lockBatch(keys, ids);
    }
    SortedMap<PositionKey, StockPosition> locked = new TreeMap<>();
    List<PositionKey> inOrder = inLockOrder(keys);
    lockInOrder(inOrder.subList(0, inOrder.size() - 1), locked);
    PositionKey lastKey = inOrder.get(inOrder.size() - 1);
    List<MovementId> wanted = List.copyOf(ids);
    Map<MovementId, Movement> earlier = new HashMap<>();
    locked.put(lastKey, inTurn(lastKey, () -> transactions.withConnection(
        () -> "could not lock the position of " + lastKey + " and look up movements " + wanted,
        c -> lockAndFind(c, lastKey, wanted, earlier))));
    return new LockedBatch(locked, earlier);
  }

  private StockPosition lockAndFind(Connection connection, PositionKey key, List<MovementId> ids,
      Map<MovementId, Movement> earlier) throws SQLException {
    String sql = ids.size() <= KEPT_SIZES ? lockAndFindSql[ids.size()] : lockAndFindText(ids.size());
    StockPosition position = lockAndFind(connection, sql, key, ids, earlier);
    if (position == null) {
      rowLock.insertIfAbsent(connection, statement -> bindKey(statement, 1, key));
      position = lockAndFind(connection, sql, key, ids, earlier);
      if (position == null) {
        throw new SQLException("the row vanished while it was being locked");
      }
    }
    return position;
  }

  /** The locked position, and the earlier movements put into {@code earlier}; null when the position has no row. */
  private static StockPosition lockAndFind(Connection connection, String sql, PositionKey key, List<MovementId> ids,
      Map<MovementId, Movement> earlier) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < ids.size(); i++) {
        select.setString(i + 1, ids.get(i).value());
      }
      bindKey(select, ids.size() + 1, key);
      StockPosition position = null;
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          if (position == null) {
            position = position(row, 1);
          }
          // The movement's columns follow the position's: seq, then movement_id (NULL when none joined).
          if (row.getString(POSITION_COLUMN_COUNT + 2) != null) {
            Movement movement = movement(row, POSITION_COLUMN_COUNT + 1);
            earlier.put(movement.id(), movement);
          }
        }
      }
      return position;
    }
  }

  private String lockAndFindText(int ids) {
    return "SELECT " + prefixed("p.", POSITION_COLUMNS) + ", " + prefixed("m.", MOVEMENT_COLUMNS)
        + " FROM o2o_stock_position p LEFT JOIN o2o_stock_movement m ON m.movement_id IN (" + parameters(ids) + ")"
        + " WHERE p.sku_code = ? AND p.location_kind = ? AND p.location_code = ?" + lockJoined;
  }

  private static String prefixed(String prefix, String columns) {
    return prefix + columns.replace(", ", ", " + prefix);
  }

  @Override
  public Map<MovementId, Movement> findMovements(Set<MovementId> ids) {
    Map<MovementId, Movement> found = new LinkedHashMap<>();
    for (List<MovementId> chunk : Lists.partition(List.copyOf(ids), CHUNK)) {
      transactions.run(() -> "could not look up movements " + chunk, c -> {
        try (PreparedStatement select = c.prepareStatement("SELECT " + MOVEMENT_COLUMNS
            + " FROM o2o_stock_movement WHERE movement_id IN (" + parameters(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setString(i + 1, chunk.get(i).value());
          }
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              Movement movement = movement(row);
              found.put(movement.id(), movement);
            }
          }
        }
      });
    }
    return found;
  }

  @Override
  public void record(List<Movement> movements, Collection<StockPosition> positions) {
    List<Movement> appended = List.copyOf(movements);
    List<StockPosition> changed = List.copyOf(positions);
    // Inside a unit of work (Inventory's, which looked the ids up first), a movement id found in the ledger is worth a
    // retry; called on its own, the same record would only fail again.
    if (transactions.isActive()) {
      record(appended, changed, true);
    } else {
      transactions.inTransaction(() -> {
        record(appended, changed, false);
        return null;
      });
    }
  }

  private void record(List<Movement> appended, List<StockPosition> changed, boolean retryDuplicates) {
    if (transactions.dialect().hasWritableCte() && !appended.isEmpty() && !changed.isEmpty()
        && appended.size() + changed.size() <= ONE_STATEMENT_ROWS) {
      recordInOneStatement(appended, changed, retryDuplicates);
      return;
    }
    if (!appended.isEmpty()) {
      appendMovements(appended, retryDuplicates);
    }
    writeAll(changed);
  }

  /**
   * Writes the positions, {@value #UPSERT_ROWS} a statement: a position's row is updated, or inserted where it has none
   * (one not locked first; locking always leaves a row). Of two versions of one position, the later is written.
   */
  private void writeAll(List<StockPosition> positions) {
    Map<PositionKey, StockPosition> last = new LinkedHashMap<>();
    for (StockPosition position : positions) {
      last.put(position.key(), position);
    }
    List<StockPosition> distinct = List.copyOf(last.values());
    for (int from = 0; from < distinct.size(); from += UPSERT_ROWS) {
      List<StockPosition> chunk = distinct.subList(from, Math.min(distinct.size(), from + UPSERT_ROWS));
      transactions.run(() -> "could not write " + SaveBatch.named("position",
          chunk.stream().map(StockPosition::key).toList()), c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                transactions.dialect().upsert("o2o_stock_position", KEY_COLUMNS, WRITTEN_COLUMNS, chunk.size()))) {
              int next = 1;
              for (StockPosition position : chunk) {
                next = bindFigures(upsert, next, position);
                bindKey(upsert, next, position.key());
                upsert.setBoolean(next + 3, true);
                next += 4;
              }
              upsert.executeUpdate();
            }
          });
    }
  }

  /**
   * A movement id already in the ledger at the insert. Inside a unit of work that looked the batch's ids up, it was
   * recorded by a writer the look-up did not see (PostgreSQL's lock-and-look-up statement reads the ledger as it was
   * before it waited for the lock; or two writers of one id on different positions): the unit of work is run again,
   * and its look-up finds the movement (replayed, or refused as a conflict). Otherwise nothing would change on a retry.
   */
  private RuntimeException duplicate(List<Movement> movements, SQLException e, boolean retry) {
    String message = "a movement among " + idsOf(movements) + " is already in the ledger";
    return retry ? transactions.retryable(message, e) : new IllegalStateException(message, e);
  }

  private static String idsOf(List<Movement> movements) {
    return movements.stream().map(m -> m.id().value()).toList().toString();
  }

  /**
   * PostgreSQL: the ledger rows and the position updates in one statement (one round trip instead of two), the
   * movements inserted by a data-modifying WITH that runs exactly once. Positions not updated (not locked first, so
   * without a row) are then written by {@link #writeAll}.
   */
  private void recordInOneStatement(List<Movement> movements, List<StockPosition> positions, boolean retry) {
    String sql = movements.size() <= KEPT_SIZES && positions.size() <= KEPT_SIZES
        ? recordSql[movements.size()][positions.size()] : recordText(movements.size(), positions.size());
    int updated = transactions.withConnection(() -> "could not record movements " + idsOf(movements), c -> {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        int next = 1;
        for (Movement movement : movements) {
          next = bindMovement(statement, next, movement);
        }
        for (StockPosition position : positions) {
          next = bindFigures(statement, next, position);
          bindKey(statement, next, position.key());
          next += 3;
        }
        return statement.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          throw duplicate(movements, e, retry);
        }
        throw e;
      }
    });
    if (updated < positions.size()) {
      writeAll(positions);
    }
  }

  /** The text of {@link #recordInOneStatement} for its sizes. */
  private static String recordText(int movements, int positions) {
    StringBuilder sql = new StringBuilder("WITH appended AS (INSERT INTO o2o_stock_movement (movement_id, kind,"
        + " sku_code, location_kind, location_code, quantity, destination_kind, destination_code, reference_kind,"
        + " reference_id, at_nanos, actor_staff, actor_location_kind, actor_location_code, reason) VALUES ");
    for (int i = 0; i < movements; i++) {
      sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    sql.append(") UPDATE o2o_stock_position p SET on_hand = v.on_hand, allocated = v.allocated,"
        + " offline_scheduled = v.offline_scheduled, pickup_reserved = v.pickup_reserved, in_transit = v.in_transit,"
        + " safety_stock = v.safety_stock, written = TRUE FROM (VALUES ");
    for (int i = 0; i < positions; i++) {
      sql.append(i == 0 ? "" : ", ").append("(CAST(? AS INT), CAST(? AS INT), CAST(? AS INT), CAST(? AS INT),"
          + " CAST(? AS INT), CAST(? AS INT), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR))");
    }
    sql.append(") AS v (on_hand, allocated, offline_scheduled, pickup_reserved, in_transit, safety_stock, sku_code,"
        + " location_kind, location_code) WHERE p.sku_code = v.sku_code AND p.location_kind = v.location_kind"
        + " AND p.location_code = v.location_code");
    return sql.toString();
  }

  private static int bindMovement(PreparedStatement insert, int index, Movement movement) throws SQLException {
    insert.setString(index, movement.id().value());
    insert.setString(index + 1, movement.kind().name());
    insert.setString(index + 2, movement.sku().value());
    Columns.setLocation(insert, index + 3, movement.location());
    insert.setInt(index + 5, movement.quantity().value());
    Columns.setLocation(insert, index + 6, movement.destination());
    insert.setString(index + 8, movement.reference().kind().name());
    insert.setString(index + 9, movement.reference().id());
    insert.setLong(index + 10, Columns.nanos(movement.at(), () -> "time of movement " + movement.id()));
    Columns.setActor(insert, index + 11, movement.actor());
    Columns.setText(insert, index + 14, movement.reason());
    return index + 15;
  }

  private void appendMovements(List<Movement> movements, boolean retry) {
    transactions.run(() -> "could not append movements " + idsOf(movements) + " to the ledger", c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_stock_movement (movement_id, kind,"
          + " sku_code, location_kind, location_code, quantity, destination_kind, destination_code, reference_kind,"
          + " reference_id, at_nanos, actor_staff, actor_location_kind, actor_location_code, reason)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Movement movement : movements) {
          bindMovement(insert, 1, movement);
          if (movements.size() == 1) {
            insert.executeUpdate();
          } else {
            insert.addBatch();
          }
        }
        if (movements.size() > 1) {
          insert.executeBatch();
        }
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e) || isUniqueViolationInBatch(e)) {
          throw duplicate(movements, e, retry);
        }
        throw e;
      }
    });
  }

  private boolean isUniqueViolationInBatch(SQLException e) {
    for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
      if (transactions.dialect().isUniqueViolation(next)) {
        return true;
      }
    }
    return e.getCause() instanceof SQLException cause && transactions.dialect().isUniqueViolation(cause);
  }

  @Override
  public Optional<StockPosition> position(PositionKey key) {
    return transactions.read("could not read the position of " + key, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + POSITION_COLUMNS + " FROM o2o_stock_position WHERE " + KEY_MATCHES + " AND written = TRUE")) {
        bindKey(select, 1, key);
        try (ResultSet row = select.executeQuery()) {
          return row.next() ? Optional.of(position(row)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public List<StockPosition> positionsOfSkus(Collection<SkuCode> skus) {
    List<SkuCode> wanted = skus.stream().distinct().toList();
    List<StockPosition> found = new ArrayList<>();
    for (List<SkuCode> chunk : Lists.partition(wanted, CHUNK)) {
      found.addAll(transactions.read("could not read the positions of SKUs " + chunk, c -> {
        try (PreparedStatement select = c.prepareStatement("SELECT " + POSITION_COLUMNS
            + " FROM o2o_stock_position WHERE written = TRUE AND sku_code IN (" + parameters(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            select.setString(i + 1, chunk.get(i).value());
          }
          return positions(select);
        }
      }));
    }
    return sorted(found);
  }

  @Override
  public List<StockPosition> positionsAt(LocationId location) {
    return sorted(transactions.read("could not read the positions at " + location, c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + POSITION_COLUMNS + " FROM o2o_stock_position"
          + " WHERE written = TRUE AND location_kind = ? AND location_code = ?")) {
        Columns.setLocation(select, 1, location);
        return positions(select);
      }
    }));
  }

  @Override
  public List<StockPosition> allPositions() {
    return sorted(transactions.read("could not read the stock positions", c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + POSITION_COLUMNS + " FROM o2o_stock_position WHERE written = TRUE")) {
        return positions(select);
      }
    }));
  }

  @Override
  public List<Movement> movementsOf(SkuCode sku) {
    return transactions.read("could not read the movements of SKU " + sku, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + MOVEMENT_COLUMNS + " FROM o2o_stock_movement WHERE sku_code = ? ORDER BY seq")) {
        select.setString(1, sku.value());
        return movements(select);
      }
    });
  }

  @Override
  public void forEachMovement(Consumer<Movement> action) {
    long after = Long.MIN_VALUE;
    while (true) {
      long from = after;
      List<Map.Entry<Long, Movement>> page = transactions.read("could not read the ledger", c -> {
        try (PreparedStatement select = c.prepareStatement("SELECT " + MOVEMENT_COLUMNS
            + " FROM o2o_stock_movement WHERE seq > ? ORDER BY seq LIMIT " + PAGE)) {
          select.setLong(1, from);
          List<Map.Entry<Long, Movement>> rows = new ArrayList<>();
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              rows.add(Map.entry(row.getLong("seq"), movement(row)));
            }
          }
          return rows;
        }
      });
      page.forEach(entry -> action.accept(entry.getValue()));
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).getKey();
    }
  }

  private static List<StockPosition> sorted(List<StockPosition> positions) {
    List<StockPosition> sorted = new ArrayList<>(positions);
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    return sorted;
  }

  private static List<StockPosition> positions(PreparedStatement select) throws SQLException {
    List<StockPosition> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        found.add(position(row));
      }
    }
    return found;
  }

  private static List<Movement> movements(PreparedStatement select) throws SQLException {
    List<Movement> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        found.add(movement(row));
      }
    }
    return found;
  }

  private static void bindKey(PreparedStatement statement, int index, PositionKey key) throws SQLException {
    statement.setString(index, key.sku().value());
    Columns.setLocation(statement, index + 1, key.location());
  }

  private static int bindFigures(PreparedStatement statement, int index, StockPosition position)
      throws SQLException {
    statement.setInt(index, position.onHand());
    statement.setInt(index + 1, position.allocated());
    statement.setInt(index + 2, position.offlineScheduled());
    statement.setInt(index + 3, position.pickupReserved());
    statement.setInt(index + 4, position.inTransit());
    statement.setInt(index + 5, position.safetyStock());
    return index + 6;
  }

  /** A position from a row whose first columns are {@link #POSITION_COLUMNS}. */
  private static StockPosition position(ResultSet row) throws SQLException {
    return position(row, 1);
  }

  /** A position from the {@link #POSITION_COLUMNS} of a row, the first at {@code first}. */
  private static StockPosition position(ResultSet row, int first) throws SQLException {
    PositionKey key = PositionKey.of(SkuCode.of(row.getString(first)), Columns.location(row, first + 1));
    StockFigures figures = new StockFigures(row.getInt(first + 3), row.getInt(first + 4), row.getInt(first + 5),
        row.getInt(first + 6), row.getInt(first + 7));
    return new StockPosition(key, figures, row.getInt(first + 8));
  }

  /** A movement from a row whose first columns are {@link #MOVEMENT_COLUMNS}. */
  private static Movement movement(ResultSet row) throws SQLException {
    return movement(row, 1);
  }

  /** A movement from the {@link #MOVEMENT_COLUMNS} of a row, {@code seq} at {@code first}. */
  private static Movement movement(ResultSet row, int first) throws SQLException {
    return new Movement(
        MovementId.of(row.getString(first + 1)),
        MovementKind.valueOf(row.getString(first + 2)),
        SkuCode.of(row.getString(first + 3)),
        Columns.location(row, first + 4),
        Quantity.of(row.getInt(first + 6)),
        Columns.optionalLocation(row, first + 7),
        Reference.of(ReferenceKind.valueOf(row.getString(first + 9)), row.getString(first + 10)),
        Columns.instant(row.getLong(first + 11)),
        new Actor(row.getString(first + 12), Columns.optionalLocation(row, first + 13)),
        Optional.ofNullable(row.getString(first + 15)));
  }
}
