package dev.o2o.adapters.jdbc;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentChange;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shipments on JDBC: a row per shipment (its waybill unique per courier), rows for its lines and history; ids from a
 * database sequence, 32 per value drawn. Saving updates the shipment and its lines and appends only the new history
 * entries.
 */
public final class JdbcShipmentStore implements ShipmentStore {

  private static final int CHUNK = 200;
  /**
   * How many shipment ids one draw from the sequence gives: the sequence steps by this much (migration V9), and a store
   * hands out a drawn value and the ones after it before it draws again.
   */
  static final int ID_BLOCK = 32;

  private final JdbcTransactions transactions;
  /** Guards the block of ids being handed out: the next one, and the end of the block (exclusive); none at first. */
  private final Object idBlock = new Object();
  private long nextId;
  private long idBlockEnd;

  /** The shipments of the database {@code transactions} run on. */
  public JdbcShipmentStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  /**
   * The next id of the block this store drew last; a spent block is replaced by a draw from the sequence, one round
   * trip per {@value #ID_BLOCK} ids (an allocation run takes one for every shipment). Stores on one database, in one
   * process or several, draw blocks that never overlap; ids of a block a store did not use up are skipped, as a
   * sequence skips the values of rolled-back transactions.
   */
  @Override
  public ShipmentId nextId() {
    synchronized (idBlock) {
      if (nextId < idBlockEnd) {
        return ShipmentId.ofSequence(nextId++);
      }
    }
    // Drawn without holding the guard: a draw may wait for a connection, which a thread waiting here may hold.
    long drawn = transactions.withConnection("could not draw shipment ids", c -> {
      try (PreparedStatement next = c.prepareStatement(transactions.dialect().nextValue("o2o_shipment_seq"));
          ResultSet row = next.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
    synchronized (idBlock) {
      // When another thread drew a block meanwhile, the rest of this one is skipped.
      if (nextId == idBlockEnd) {
        nextId = drawn + 1;
        idBlockEnd = drawn + ID_BLOCK;
      }
    }
    return ShipmentId.ofSequence(drawn);
  }

  @Override
  public Optional<Shipment> find(ShipmentId id) {
    return transactions.withConnection("could not read shipment " + id,
        c -> Optional.ofNullable(load(c, List.of(id), false).get(id)));
  }

  @Override
  public Optional<Shipment> lock(ShipmentId id) {
    return transactions.withConnection("could not lock shipment " + id,
        c -> Optional.ofNullable(load(c, List.of(id), true).get(id)));
  }

  @Override
  public void save(Shipment shipment) {
    saveAll(List.of(shipment));
  }

  /**
   * Locks the stored shipments' rows in id order; then inserts the new shipments without a waybill in one
   * batch per table (shipment rows, lines, history), and saves the others one by one.
   */
  @Override
  public void saveAll(Collection<Shipment> shipments) {
    SaveBatch<ShipmentId, Shipment> batch = new SaveBatch<>(shipments, Shipment::id);
    if (batch.isEmpty()) {
      return;
    }
    transactions.run(() -> batch.failure("shipment"), c -> {
      Map<ShipmentId, Integer> stored = storedChangeCounts(c, batch.ids());
      List<Shipment> fresh = new ArrayList<>(batch.ids().size());
      for (Shipment shipment : batch.items()) {
        Integer count = stored.get(shipment.id());
        if (count == null && shipment.waybill().isEmpty()) {
          fresh.add(shipment);
        } else {
          saveOne(c, shipment, count);
        }
      }
      insert(c, fresh);
    });
  }

  /** Saves a shipment whose stored version has {@code stored} history entries (null: none is stored). */
  private void saveOne(Connection c, Shipment shipment, Integer stored) throws SQLException {
    try {
      if (stored == null) {
        insert(c, List.of(shipment));
      } else if (shipment.history().size() < stored || !sameLines(c, shipment)) {
        delete(c, shipment.id());
        insert(c, List.of(shipment));
      } else {
        update(c, shipment, stored);
      }
    } catch (SQLException e) {
      if (transactions.dialect().isUniqueViolation(e) && shipment.waybill().isPresent()) {
        throw new IllegalStateException("waybill " + shipment.waybill().get() + " of shipment " + shipment.id()
            + " is already on another shipment", e);
      }
      throw e;
    }
  }

  /**
   * The stored history counts of the shipments among {@code ids} (in id order) that are stored, their rows locked in id
   * order, {@value #CHUNK} ids a query: on PostgreSQL and MariaDB as {@link Dialect#lockByKeys} locks rows (an {@code IN}
   * list of a hundred keys had PostgreSQL scan the table when it has no statistics), on H2 with an {@code IN} list,
   * which it reads through the key's index.
   */
  private Map<ShipmentId, Integer> storedChangeCounts(Connection c, List<ShipmentId> ids) throws SQLException {
    Map<ShipmentId, Integer> counts = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<ShipmentId> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      String sql = transactions.dialect()
          .lockByKeys("o2o_shipment", "shipment_id, change_count", List.of("shipment_id"), chunk.size())
          .orElseGet(() -> "SELECT shipment_id, change_count FROM o2o_shipment WHERE shipment_id IN ("
              + Columns.parameters(chunk.size()) + ") ORDER BY shipment_id FOR UPDATE");
      try (PreparedStatement select = c.prepareStatement(sql)) {
        bindIds(select, chunk);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            counts.put(ShipmentId.of(row.getString(1)), row.getInt(2));
          }
        }
      }
    }
    return counts;
  }

  /** Whether the stored lines are the shipment's lines in number, order line, SKU and quantity. */
  private static boolean sameLines(Connection c, Shipment shipment) throws SQLException {
    List<ShipmentLine> stored = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT shipment_id, line_number, channel, order_number,"
        + " order_line, sku_code, quantity, cancelled FROM o2o_shipment_line WHERE shipment_id = ?"
        + " ORDER BY line_number")) {
      select.setString(1, shipment.id().value());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          stored.add(line(row));
        }
      }
    }
    if (stored.size() != shipment.lines().size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      ShipmentLine a = stored.get(i);
      ShipmentLine b = shipment.lines().get(i);
      if (!a.order().equals(b.order()) || a.orderLine() != b.orderLine() || !a.sku().equals(b.sku())
          || !a.quantity().equals(b.quantity())) {
        return false;
      }
    }
    return true;
  }

  private static void delete(Connection c, ShipmentId id) throws SQLException {
    for (String table : List.of("o2o_shipment_change", "o2o_shipment_line", "o2o_shipment")) {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE shipment_id = ?")) {
        delete.setString(1, id.value());
        delete.executeUpdate();
      }
    }
  }

  /** Inserts new shipments, in one batch per table. */
  private static void insert(Connection c, List<Shipment> shipments) throws SQLException {
    if (shipments.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_shipment (state, courier, waybill_digits,"
        + " change_count, source_kind, source_code, shipment_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Shipment shipment : shipments) {
        bindHead(insert, shipment);
        Columns.setLocation(insert, 5, shipment.source());
        insert.setString(7, shipment.id().value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_shipment_line (shipment_id, line_number,"
        + " channel, order_number, order_line, sku_code, quantity, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Shipment shipment : shipments) {
        for (ShipmentLine line : shipment.lines()) {
          insert.setString(1, shipment.id().value());
          insert.setInt(2, line.number());
          insert.setString(3, line.order().channel());
          insert.setString(4, line.order().number());
          insert.setInt(5, line.orderLine());
          insert.setString(6, line.sku().value());
          insert.setInt(7, line.quantity().value());
          insert.setBoolean(8, line.cancelled());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    appendChanges(c, shipments, Map.of());
  }

  private static void update(Connection c, Shipment shipment, int storedChanges) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("UPDATE o2o_shipment SET state = ?, courier = ?,"
        + " waybill_digits = ?, change_count = ?, source_kind = ?, source_code = ? WHERE shipment_id = ?")) {
      bindHead(update, shipment);
      Columns.setLocation(update, 5, shipment.source());
      update.setString(7, shipment.id().value());
      update.executeUpdate();
    }
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE o2o_shipment_line SET cancelled = ? WHERE shipment_id = ? AND line_number = ?")) {
      for (ShipmentLine line : shipment.lines()) {
        update.setBoolean(1, line.cancelled());
        update.setString(2, shipment.id().value());
        update.setInt(3, line.number());
        update.addBatch();
      }
      update.executeBatch();
    }
    appendChanges(c, List.of(shipment), Map.of(shipment.id(), storedChanges));
  }

  private static void bindHead(PreparedStatement statement, Shipment shipment) throws SQLException {
    statement.setString(1, shipment.state().name());
    if (shipment.waybill().isPresent()) {
      statement.setString(2, shipment.waybill().get().courier().name());
      statement.setString(3, shipment.waybill().get().digits());
    } else {
      statement.setNull(2, Types.VARCHAR);
      statement.setNull(3, Types.VARCHAR);
    }
    statement.setInt(4, shipment.history().size());
  }

  /** Inserts the history entries of {@code shipments} beyond the count {@code stored} gives, all if none. */
  private static void appendChanges(Connection c, List<Shipment> shipments, Map<ShipmentId, Integer> stored)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_shipment_change (shipment_id, change_index,"
        + " at_nanos, actor_staff, actor_location_kind, actor_location_code, state, what)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (Shipment shipment : shipments) {
        for (int i = stored.getOrDefault(shipment.id(), 0); i < shipment.history().size(); i++) {
          ShipmentChange change = shipment.history().get(i);
          insert.setString(1, shipment.id().value());
          insert.setInt(2, i);
          insert.setLong(3, Columns.nanos(change.at(), "time of a change of shipment " + shipment.id()));
          Columns.setActor(insert, 4, change.actor());
          insert.setString(7, change.state().name());
          insert.setString(8, change.what());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  @Override
  public List<Shipment> ofOrder(OrderId order) {
    return transactions.withConnection("could not read the shipments of order " + order, c -> {
      List<ShipmentId> ids = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT shipment_id FROM o2o_shipment_line"
          + " WHERE channel = ? AND order_number = ?")) {
        select.setString(1, order.channel());
        select.setString(2, order.number());
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            ids.add(ShipmentId.of(row.getString(1)));
          }
        }
      }
      return sorted(load(c, ids, false));
    });
  }

  @Override
  public List<Shipment> inState(ShipmentState state) {
    // Read by the condition, three queries whatever the number: an allocation run leaves thousands ALLOCATED, and
    // reading them by id, a few hundred a query, had PostgreSQL scan each table once a query without statistics.
    return transactions.withConnection("could not read the shipments " + state, c -> sorted(read(c,
        " WHERE shipment_id IN (SELECT shipment_id FROM o2o_shipment WHERE state = ?)",
        select -> select.setString(1, state.name()), false)));
  }

  private static List<Shipment> sorted(Map<ShipmentId, Shipment> shipments) {
    List<Shipment> sorted = new ArrayList<>(shipments.values());
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    return sorted;
  }

  /** The stored shipments among {@code ids}, whole; locked when {@code forUpdate}. */
  private static Map<ShipmentId, Shipment> load(Connection c, List<ShipmentId> ids, boolean forUpdate)
      throws SQLException {
    Map<ShipmentId, Shipment> shipments = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<ShipmentId> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      shipments.putAll(read(c, " WHERE shipment_id IN (" + Columns.parameters(chunk.size()) + ")",
          select -> bindIds(select, chunk), forUpdate));
    }
    return shipments;
  }

  /** Binds the parameters of a condition. */
  @FunctionalInterface
  private interface Binding {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * The stored shipments whose id meets {@code where} (a condition on {@code shipment_id} that reads the same in each
   * of the three tables, with its parameters bound by {@code binding}), whole; locked when {@code forUpdate}.
   */
  private static Map<ShipmentId, Shipment> read(Connection c, String where, Binding binding, boolean forUpdate)
      throws SQLException {
    Map<ShipmentId, Head> heads = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT shipment_id, source_kind, source_code, state,"
        + " courier, waybill_digits FROM o2o_shipment" + where + (forUpdate ? " FOR UPDATE" : ""))) {
      binding.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String courier = row.getString("courier");
          Optional<WaybillNumber> waybill = courier == null ? Optional.empty()
              : Optional.of(new WaybillNumber(Courier.valueOf(courier), row.getString("waybill_digits")));
          heads.put(ShipmentId.of(row.getString("shipment_id")), new Head(
              Columns.location(row, "source_kind", "source_code"), ShipmentState.valueOf(row.getString("state")),
              waybill));
        }
      }
    }
    Map<ShipmentId, Shipment> shipments = new HashMap<>();
    if (heads.isEmpty()) {
      return shipments;
    }
    Map<ShipmentId, List<ShipmentLine>> lines = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT shipment_id, line_number, channel, order_number,"
        + " order_line, sku_code, quantity, cancelled FROM o2o_shipment_line" + where + " ORDER BY line_number")) {
      binding.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          lines.computeIfAbsent(ShipmentId.of(row.getString("shipment_id")), k -> new ArrayList<>()).add(line(row));
        }
      }
    }
    Map<ShipmentId, List<ShipmentChange>> history = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement("SELECT shipment_id, at_nanos, actor_staff,"
        + " actor_location_kind, actor_location_code, state, what FROM o2o_shipment_change" + where
        + " ORDER BY change_index")) {
      binding.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          history.computeIfAbsent(ShipmentId.of(row.getString("shipment_id")), k -> new ArrayList<>())
              .add(new ShipmentChange(Columns.instant(row.getLong("at_nanos")), Columns.actor(row, "actor"),
                  ShipmentState.valueOf(row.getString("state")), row.getString("what")));
        }
      }
    }
    heads.forEach((id, h) -> shipments.put(id, new Shipment(id, h.source(), lines.getOrDefault(id, List.of()),
        h.state(), h.waybill(), history.getOrDefault(id, List.of()))));
    return shipments;
  }

  /** The parts of a shipment its head row holds. */
  private record Head(LocationId source, ShipmentState state, Optional<WaybillNumber> waybill) {}

  private static ShipmentLine line(ResultSet row) throws SQLException {
    return new ShipmentLine(row.getInt("line_number"),
        OrderId.of(row.getString("channel"), row.getString("order_number")), row.getInt("order_line"),
        SkuCode.of(row.getString("sku_code")), Quantity.of(row.getInt("quantity")), row.getBoolean("cancelled"));
  }

  private static void bindIds(PreparedStatement statement, List<ShipmentId> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      statement.setString(i + 1, ids.get(i).value());
    }
  }
}
