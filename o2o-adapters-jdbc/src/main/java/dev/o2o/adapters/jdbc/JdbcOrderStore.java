package dev.o2o.adapters.jdbc;

import com.google.common.collect.Lists;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.Hold;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.LineState;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderChange;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderNote;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.OrderState;
import dev.o2o.core.order.OrderStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Orders on JDBC: a row per order (its primary key is the channel and mall order number, so an order is taken once),
 * rows for its lines, notes and history. Saving updates the order and its lines and appends only the notes and
 * history entries that are new. The order's state is kept beside it for searching.
 */
public final class JdbcOrderStore implements OrderStore {

  private static final int CHUNK = 100;
  private static final String ORDER_COLUMNS = "channel, order_number, ordered_at_nanos, customer_id, customer_name,"
      + " recipient, phone, postal_code, address, hold_reason, hold_by_staff, hold_by_location_kind,"
      + " hold_by_location_code, hold_at_nanos, flagged, priority, policy";
  private static final String PK = "channel = ? AND order_number = ?";

  private final JdbcTransactions transactions;

  /** The orders of the database {@code transactions} run on. */
  public JdbcOrderStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return transactions.withConnection("could not read order " + id,
        c -> Optional.ofNullable(load(c, List.of(id), false).get(id)));
  }

  @Override
  public Optional<Order> lock(OrderId id) {
    return transactions.withConnection("could not lock order " + id,
        c -> Optional.ofNullable(load(c, List.of(id), true).get(id)));
  }

  /**
   * Locks the order rows in id order, a hundred a query on PostgreSQL and MariaDB and one a query on H2, and reads their
   * lines, notes and history a hundred orders at a time.
   */
  @Override
  public Map<OrderId, Order> lockAll(Collection<OrderId> ids) {
    List<OrderId> sorted = List.copyOf(new TreeSet<>(ids));
    if (sorted.isEmpty()) {
      return Map.of();
    }
    return transactions.withConnection(() -> "could not lock " + SaveBatch.named("order", sorted), c -> {
      Map<OrderId, Order> loaded = load(c, sorted, true);
      Map<OrderId, Order> inOrder = new LinkedHashMap<>();
      for (OrderId id : sorted) {
        Order order = loaded.get(id);
        if (order != null) {
          inOrder.put(id, order);
        }
      }
      return inOrder;
    });
  }

  @Override
  public void save(Order order) {
    saveAll(List.of(order));
  }

  /**
   * Locks the stored orders' rows in id order as {@link #lockAll} does, except those this unit of work locked or wrote
   * already; then inserts the new orders, and updates the others in one batch per table (order rows, line rows, new
   * notes, new history entries).
   */
  @Override
  public void saveAll(Collection<Order> orders) {
    SaveBatch<OrderId, Order> batch = new SaveBatch<>(orders, Order::id);
    if (batch.isEmpty()) {
      return;
    }
    transactions.run(() -> batch.failure("order"), c -> {
      try {
        Map<OrderId, int[]> stored = storedCounts(c, batch.ids());
        List<Order> updated = new ArrayList<>(batch.ids().size());
        for (Order order : batch.items()) {
          int[] counts = stored.get(order.id());
          if (counts == null) {
            insert(c, order);
          } else if (order.notes().size() < counts[0] || order.history().size() < counts[1]) {
            // Not a later version of the stored order (its notes and history only grow): store it afresh.
            replace(c, order);
          } else {
            updated.add(order);
          }
        }
        update(c, updated, stored);
      } catch (SQLException | RuntimeException e) {
        // Some of the batch may be written: what the unit of work noted of these rows no longer holds.
        batch.ids().forEach(id -> transactions.forget(new CountsOf(id)));
        throw e;
      }
      for (Order order : batch.items()) {
        transactions.note(new CountsOf(order.id()), new int[] {order.notes().size(), order.history().size()});
      }
    });
  }

  /**
   * The stored note and change counts of the orders among {@code ids} (in id order) that are stored, locked: as this
   * unit of work noted them when it locked or wrote the row, or else locked and read as {@link #lockHeads} does.
   */
  private Map<OrderId, int[]> storedCounts(Connection c, List<OrderId> ids) throws SQLException {
    Map<OrderId, int[]> counts = new HashMap<>();
    List<OrderId> unknown = new ArrayList<>();
    for (OrderId id : ids) {
      int[] noted = (int[]) transactions.noted(new CountsOf(id));
      if (noted != null) {
        counts.put(id, noted);
      } else {
        unknown.add(id);
      }
    }
    for (List<OrderId> chunk : Lists.partition(unknown, CHUNK)) {
      lockHeads(c, chunk).forEach((id, head) -> counts.put(id, new int[] {head.noteCount(), head.changeCount()}));
    }
    return counts;
  }

  /** The key under which a unit of work notes the note and change counts of an order's row it holds locked. */
  private record CountsOf(OrderId order) {}

  private void insert(Connection c, Order order) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_order (" + ORDER_COLUMNS
        + ", state, has_open_lines, note_count, change_count)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bindId(insert, 1, order.id());
      int next = bindOrder(insert, 3, order);
      insert.setInt(next, order.notes().size());
      insert.setInt(next + 1, order.history().size());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (transactions.dialect().isUniqueViolation(e)) {
        throw new TransientStoreException("order " + order.id() + " was taken meanwhile by another transaction", e);
      }
      throw e;
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_order_line (state, shipment_id,"
        + " shipment_line, source_kind, source_code, channel, order_number, line_number, sku_code, style_code,"
        + " quantity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (OrderLine line : order.lines()) {
        int next = bindLineState(insert, 1, line);
        bindId(insert, next, order.id());
        insert.setInt(next + 2, line.number());
        insert.setString(next + 3, line.sku().value());
        insert.setString(next + 4, line.style().value());
        insert.setInt(next + 5, line.quantity().value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    appendNotes(c, List.of(order), Map.of());
    appendChanges(c, List.of(order), Map.of());
  }

  /** Deletes the order's rows and inserts it again. */
  private void replace(Connection c, Order order) throws SQLException {
    for (String table : List.of("o2o_order_note", "o2o_order_change", "o2o_order_line", "o2o_order")) {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + PK)) {
        bindId(delete, 1, order.id());
        delete.executeUpdate();
      }
    }
    insert(c, order);
  }

  /** Updates stored orders, later versions of what {@code stored} counts: rows and lines, then appends. */
  private static void update(Connection c, List<Order> orders, Map<OrderId, int[]> stored) throws SQLException {
    if (orders.isEmpty()) {
      return;
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE o2o_order SET ordered_at_nanos = ?, customer_id = ?,"
        + " customer_name = ?, recipient = ?, phone = ?, postal_code = ?, address = ?, hold_reason = ?,"
        + " hold_by_staff = ?, hold_by_location_kind = ?, hold_by_location_code = ?, hold_at_nanos = ?, flagged = ?,"
        + " priority = ?, policy = ?, state = ?, has_open_lines = ?, note_count = ?, change_count = ?"
        + " WHERE " + PK)) {
      for (Order order : orders) {
        int next = bindOrder(update, 1, order);
        update.setInt(next, order.notes().size());
        update.setInt(next + 1, order.history().size());
        bindId(update, next + 2, order.id());
        update.addBatch();
      }
      update.executeBatch();
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE o2o_order_line SET state = ?, shipment_id = ?,"
        + " shipment_line = ?, source_kind = ?, source_code = ? WHERE " + PK + " AND line_number = ?")) {
      for (Order order : orders) {
        for (OrderLine line : order.lines()) {
          int next = bindLineState(update, 1, line);
          bindId(update, next, order.id());
          update.setInt(next + 2, line.number());
          update.addBatch();
        }
      }
      update.executeBatch();
    }
    appendNotes(c, orders, stored);
    appendChanges(c, orders, stored);
  }

  /** Inserts the notes of {@code orders} beyond the count {@code stored} gives (index 0), all if none. */
  private static void appendNotes(Connection c, List<Order> orders, Map<OrderId, int[]> stored) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_order_note (channel, order_number,"
        + " note_index, author_staff, author_location_kind, author_location_code, at_nanos, note_text)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (Order order : orders) {
        int[] counts = stored.get(order.id());
        for (int i = counts == null ? 0 : counts[0]; i < order.notes().size(); i++) {
          OrderNote note = order.notes().get(i);
          bindId(insert, 1, order.id());
          insert.setInt(3, i);
          Columns.setActor(insert, 4, note.author());
          insert.setLong(7, Columns.nanos(note.at(), "time of a note on order " + order.id()));
          insert.setString(8, note.text());
          insert.addBatch();
          any = true;
        }
      }
      if (any) {
        insert.executeBatch();
      }
    }
  }

  /** Inserts the history entries of {@code orders} beyond the count {@code stored} gives (index 1), all if none. */
  private static void appendChanges(Connection c, List<Order> orders, Map<OrderId, int[]> stored)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_order_change (channel, order_number,"
        + " change_index, at_nanos, actor_staff, actor_location_kind, actor_location_code, what)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      boolean any = false;
      for (Order order : orders) {
        int[] counts = stored.get(order.id());
        for (int i = counts == null ? 0 : counts[1]; i < order.history().size(); i++) {
          OrderChange change = order.history().get(i);
          bindId(insert, 1, order.id());
          insert.setInt(3, i);
          insert.setLong(4, Columns.nanos(change.at(), "time of a change of order " + order.id()));
          Columns.setActor(insert, 5, change.actor());
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
  public OrderPage search(OrderQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Binding> bindings = new ArrayList<>();
    query.orderedFrom().ifPresent(from -> {
      where.append(" AND o.ordered_at_nanos >= ?");
      long nanos = Columns.saturatedNanos(from);
      bindings.add((s, i) -> s.setLong(i, nanos));
    });
    query.orderedBefore().ifPresent(before -> {
      where.append(" AND o.ordered_at_nanos < ?");
      long nanos = Columns.saturatedNanos(before);
      bindings.add((s, i) -> s.setLong(i, nanos));
    });
    if (!query.states().isEmpty()) {
      where.append(" AND o.state IN (").append(Columns.parameters(query.states().size())).append(')');
      for (OrderState state : query.states()) {
        bindings.add((s, i) -> s.setString(i, state.name()));
      }
    }
    query.held().ifPresent(held -> where.append(held ? " AND o.hold_reason IS NOT NULL" : " AND o.hold_reason IS NULL"));
    query.flagged().ifPresent(flagged -> {
      where.append(" AND o.flagged = ?");
      bindings.add((s, i) -> s.setBoolean(i, flagged));
    });
    query.priority().ifPresent(priority -> {
      where.append(" AND o.priority = ?");
      bindings.add((s, i) -> s.setBoolean(i, priority));
    });
    query.channel().ifPresent(channel -> {
      where.append(" AND o.channel = ?");
      bindings.add((s, i) -> s.setString(i, channel));
    });
    query.sku().ifPresent(sku -> {
      where.append(" AND EXISTS (SELECT 1 FROM o2o_order_line l WHERE l.channel = o.channel"
          + " AND l.order_number = o.order_number AND l.sku_code = ?)");
      bindings.add((s, i) -> s.setString(i, sku.value()));
    });
    query.style().ifPresent(style -> {
      where.append(" AND EXISTS (SELECT 1 FROM o2o_order_line l WHERE l.channel = o.channel"
          + " AND l.order_number = o.order_number AND l.style_code = ?)");
      bindings.add((s, i) -> s.setString(i, style.value()));
    });
    query.customer().ifPresent(customer -> {
      where.append(" AND (o.customer_id = ? OR o.customer_name LIKE ? ESCAPE '!')");
      String pattern = "%" + customer.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      bindings.add((s, i) -> s.setString(i, customer));
      bindings.add((s, i) -> s.setString(i, pattern));
    });
    Dialect dialect = transactions.dialect();
    String direction = query.newestFirst() ? " DESC" : "";
    String orderBy = " ORDER BY o.ordered_at_nanos" + direction + ", " + dialect.inJavaOrder("o.channel") + direction
        + ", " + dialect.inJavaOrder("o.order_number") + direction;
    return transactions.withConnection("could not search the orders", c -> {
      long total;
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM o2o_order o" + where)) {
        bind(count, bindings);
        try (ResultSet row = count.executeQuery()) {
          row.next();
          total = row.getLong(1);
        }
      }
      List<OrderId> ids = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(
          "SELECT o.channel, o.order_number FROM o2o_order o" + where + orderBy + " LIMIT ? OFFSET ?")) {
        int next = bind(select, bindings);
        select.setInt(next, query.pageSize());
        select.setLong(next + 1, (long) query.page() * query.pageSize());
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            ids.add(OrderId.of(row.getString(1), row.getString(2)));
          }
        }
      }
      Map<OrderId, Order> loaded = load(c, ids, false);
      List<Order> orders = new ArrayList<>(loaded.values());
      orders.sort(query.newestFirst() ? Order.BY_ORDER_TIME.reversed() : Order.BY_ORDER_TIME);
      return new OrderPage(orders, total, query.page(), query.pageSize());
    });
  }

  @Override
  public List<Order> withOpenLines() {
    return transactions.withConnection("could not read the orders with open lines", c -> {
      // Read by the condition, not by ids: four queries in all, however many orders there are.
      Map<OrderId, Order> loaded = new HashMap<>();
      Selection open = new Selection() {
        @Override
        public String rowsOf(String table, String columns) {
          return table.equals("o2o_order") ? "SELECT " + columns + " FROM o2o_order x WHERE x.has_open_lines = TRUE"
              : "SELECT " + columns + " FROM " + table + " x JOIN o2o_order o ON o.channel = x.channel"
              + " AND o.order_number = x.order_number WHERE o.has_open_lines = TRUE";
        }

        @Override
        public void bind(PreparedStatement statement) {}
      };
      readParts(loaded, c, open, readHeads(c, open));
      List<Order> orders = new ArrayList<>(loaded.values());
      orders.sort(Order.FOR_ALLOCATION);
      return orders;
    });
  }

  /** Which orders a load reads: the query of their rows in one table, and how to bind it. */
  private interface Selection {
    /** A query of {@code columns} of the chosen orders' rows in {@code table} (aliased {@code x}), unsorted. */
    String rowsOf(String table, String columns);

    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * The stored orders among {@code ids}, whole; their rows locked in the order given ({@link #lockHeads}) when {@code
   * forUpdate}. A hundred orders at a time, each looked up by its key in a branch of a UNION ALL: every branch reads
   * the key's index, whatever statistics the database has (a hundred key matches OR-ed had H2, and PostgreSQL without
   * statistics, scan the whole table: a page of 50 orders among 100,000 took a second on H2).
   */
  private Map<OrderId, Order> load(Connection c, List<OrderId> ids, boolean forUpdate) throws SQLException {
    Map<OrderId, Order> orders = new HashMap<>();
    for (List<OrderId> chunk : Lists.partition(ids, CHUNK)) {
      Selection byKeys = new Selection() {
        @Override
        public String rowsOf(String table, String columns) {
          return String.join(" UNION ALL ", Collections.nCopies(chunk.size(),
              "SELECT " + columns + " FROM " + table + " x WHERE x.channel = ? AND x.order_number = ?"));
        }

        @Override
        public void bind(PreparedStatement statement) throws SQLException {
          for (int i = 0; i < chunk.size(); i++) {
            bindId(statement, 1 + 2 * i, chunk.get(i));
          }
        }
      };
      // FOR UPDATE cannot end a UNION: the rows are locked by lockHeads, the rest read together.
      readParts(orders, c, byKeys, forUpdate ? lockHeads(c, chunk) : readHeads(c, byKeys));
    }
    return orders;
  }

  /**
   * The head rows of the stored orders among {@code ids} (at most {@value #CHUNK}), each locked in the order given: in
   * one query where the dialect locks many rows by key at once ({@link Dialect#lockByKeys}), else one query each. The
   * unit of work notes each row's note and change counts, which {@link #saveAll} then need not read again.
   */
  private Map<OrderId, Head> lockHeads(Connection c, List<OrderId> ids) throws SQLException {
    String columns = ORDER_COLUMNS + ", note_count, change_count";
    Optional<String> together = transactions.dialect()
        .lockByKeys("o2o_order", columns, List.of("channel", "order_number"), ids.size());
    Map<OrderId, Head> heads = new HashMap<>();
    if (together.isPresent()) {
      try (PreparedStatement select = c.prepareStatement(together.get())) {
        for (int i = 0; i < ids.size(); i++) {
          bindId(select, 1 + 2 * i, ids.get(i));
        }
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            heads.put(OrderId.of(row.getString("channel"), row.getString("order_number")), head(row));
          }
        }
      }
    } else {
      try (PreparedStatement select = c.prepareStatement("SELECT " + columns + " FROM o2o_order WHERE " + PK
          + " FOR UPDATE")) {
        for (OrderId id : ids) {
          bindId(select, 1, id);
          try (ResultSet row = select.executeQuery()) {
            if (row.next()) {
              heads.put(id, head(row));
            }
          }
        }
      }
    }
    heads.forEach((id, head) -> transactions.note(new CountsOf(id), new int[] {head.noteCount(), head.changeCount()}));
    return heads;
  }

  /** The head rows of the orders {@code selected}. */
  private static Map<OrderId, Head> readHeads(Connection c, Selection selected) throws SQLException {
    Map<OrderId, Head> heads = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement(
        selected.rowsOf("o2o_order", ORDER_COLUMNS + ", note_count, change_count"))) {
      selected.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          heads.put(OrderId.of(row.getString("channel"), row.getString("order_number")), head(row));
        }
      }
    }
    return heads;
  }

  /** Reads the rest of the orders {@code selected} whose {@code heads} were read, and puts them whole into orders. */
  private static void readParts(Map<OrderId, Order> orders, Connection c, Selection selected,
      Map<OrderId, Head> heads) throws SQLException {
    if (heads.isEmpty()) {
      return;
    }
    boolean anyNotes = heads.values().stream().anyMatch(head -> head.noteCount() > 0);
    Map<OrderId, List<OrderLine>> lines = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(selected.rowsOf("o2o_order_line", "x.channel, x.order_number,"
        + " x.line_number, x.sku_code, x.style_code, x.quantity, x.state, x.shipment_id, x.shipment_line,"
        + " x.source_kind, x.source_code") + " ORDER BY line_number")) {
      selected.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          lines.computeIfAbsent(OrderId.of(row.getString("channel"), row.getString("order_number")),
              k -> new ArrayList<>()).add(line(row));
        }
      }
    }
    Map<OrderId, List<OrderNote>> notes = new HashMap<>();
    if (anyNotes) {
      // Most orders carry no note: their head rows say so, and the query is skipped.
      try (PreparedStatement select = c.prepareStatement(selected.rowsOf("o2o_order_note", "x.channel,"
          + " x.order_number, x.note_index, x.author_staff, x.author_location_kind, x.author_location_code,"
          + " x.at_nanos, x.note_text") + " ORDER BY note_index")) {
        selected.bind(select);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            notes.computeIfAbsent(OrderId.of(row.getString("channel"), row.getString("order_number")),
                k -> new ArrayList<>()).add(new OrderNote(Columns.actor(row, "author"),
                Columns.instant(row.getLong("at_nanos")), row.getString("note_text")));
          }
        }
      }
    }
    Map<OrderId, List<OrderChange>> history = new HashMap<>();
    try (PreparedStatement select = c.prepareStatement(selected.rowsOf("o2o_order_change", "x.channel,"
        + " x.order_number, x.change_index, x.at_nanos, x.actor_staff, x.actor_location_kind, x.actor_location_code,"
        + " x.what") + " ORDER BY change_index")) {
      selected.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          history.computeIfAbsent(OrderId.of(row.getString("channel"), row.getString("order_number")),
              k -> new ArrayList<>()).add(new OrderChange(Columns.instant(row.getLong("at_nanos")),
              Columns.actor(row, "actor"), row.getString("what")));
        }
      }
    }
    heads.forEach((id, h) -> orders.put(id, new Order(id, h.orderedAt(), h.customer(), h.destination(),
        lines.getOrDefault(id, List.of()), h.hold(), h.flagged(), h.priority(), h.policy(),
        notes.getOrDefault(id, List.of()), history.getOrDefault(id, List.of()))));
  }

  /** The parts of an order its head row holds. */
  private record Head(Instant orderedAt, Customer customer, Destination destination, Optional<Hold> hold,
      boolean flagged, boolean priority, Optional<String> policy, int noteCount, int changeCount) {}

  private static Head head(ResultSet row) throws SQLException {
    Optional<Hold> hold = Optional.empty();
    String reason = row.getString("hold_reason");
    if (reason != null) {
      hold = Optional.of(new Hold(reason, Columns.actor(row, "hold_by"), Columns.instant(row.getLong("hold_at_nanos"))));
    }
    return new Head(
        Columns.instant(row.getLong("ordered_at_nanos")),
        new Customer(row.getString("customer_id"), row.getString("customer_name")),
        new Destination(row.getString("recipient"), row.getString("phone"), row.getString("postal_code"),
            row.getString("address")),
        hold,
        row.getBoolean("flagged"),
        row.getBoolean("priority"),
        Optional.ofNullable(row.getString("policy")),
        row.getInt("note_count"),
        row.getInt("change_count"));
  }

  private static OrderLine line(ResultSet row) throws SQLException {
    Optional<LineAllocation> allocation = Optional.empty();
    String shipment = row.getString("shipment_id");
    if (shipment != null) {
      allocation = Optional.of(new LineAllocation(shipment, row.getInt("shipment_line"),
          Columns.location(row, "source_kind", "source_code")));
    }
    return new OrderLine(row.getInt("line_number"), SkuCode.of(row.getString("sku_code")),
        StyleCode.of(row.getString("style_code")), Quantity.of(row.getInt("quantity")),
        LineState.valueOf(row.getString("state")), allocation);
  }

  /** Binds the order's columns after the key, in {@link #ORDER_COLUMNS} order, then state and has_open_lines. */
  private static int bindOrder(PreparedStatement statement, int index, Order order) throws SQLException {
    statement.setLong(index, Columns.nanos(order.orderedAt(), "order time of " + order.id()));
    statement.setString(index + 1, order.customer().id());
    statement.setString(index + 2, order.customer().name());
    statement.setString(index + 3, order.destination().recipient());
    statement.setString(index + 4, order.destination().phone());
    statement.setString(index + 5, order.destination().postalCode());
    statement.setString(index + 6, order.destination().address());
    if (order.hold().isPresent()) {
      Hold hold = order.hold().get();
      statement.setString(index + 7, hold.reason());
      Columns.setActor(statement, index + 8, hold.by());
      statement.setLong(index + 11, Columns.nanos(hold.at(), "time of the hold on order " + order.id()));
    } else {
      for (int i = 7; i <= 10; i++) {
        statement.setNull(index + i, Types.VARCHAR);
      }
      statement.setNull(index + 11, Types.BIGINT);
    }
    statement.setBoolean(index + 12, order.flagged());
    statement.setBoolean(index + 13, order.priority());
    Columns.setText(statement, index + 14, order.policy());
    statement.setString(index + 15, order.state().name());
    statement.setBoolean(index + 16, order.hasOpenLines());
    return index + 17;
  }

  private static int bindLineState(PreparedStatement statement, int index, OrderLine line) throws SQLException {
    statement.setString(index, line.state().name());
    if (line.allocation().isPresent()) {
      LineAllocation allocation = line.allocation().get();
      statement.setString(index + 1, allocation.shipmentId());
      statement.setInt(index + 2, allocation.shipmentLine());
      Columns.setLocation(statement, index + 3, allocation.source());
    } else {
      statement.setNull(index + 1, Types.VARCHAR);
      statement.setNull(index + 2, Types.INTEGER);
      statement.setNull(index + 3, Types.VARCHAR);
      statement.setNull(index + 4, Types.VARCHAR);
    }
    return index + 5;
  }

  private static void bindId(PreparedStatement statement, int index, OrderId id) throws SQLException {
    statement.setString(index, id.channel());
    statement.setString(index + 1, id.number());
  }

  /** A parameter of a search, bound at its place. */
  @FunctionalInterface
  private interface Binding {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private static int bind(PreparedStatement statement, List<Binding> bindings) throws SQLException {
    int index = 1;
    for (Binding binding : bindings) {
      binding.bind(statement, index++);
    }
    return index;
  }
}
