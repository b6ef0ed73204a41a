package dev.o2o.adapters.jdbc;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.DuplicatePickupException;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.print.SlipNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Pickups on JDBC: a row per pickup holding the whole pickup as a JSON document, beside the columns it is found by
 * (slip number, unique mall order number, store, state, request time, deadline, pending slips). Searches narrow on those
 * columns, then keep exactly what {@link PickupQuery#matches} keeps.
 */
public final class JdbcPickupStore implements PickupStore {

  private static final Comparator<Pickup> ORDER =
      Comparator.comparing(Pickup::requestedAt).thenComparing(Pickup::number);

  private final JdbcTransactions transactions;
  private final RecordCodec codec = RecordCodec.plain();

  /** The pickups of the database {@code transactions} run on. */
  public JdbcPickupStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public SlipNumber nextNumber() {
    return transactions.withConnection("could not draw a slip number", c -> {
      try (PreparedStatement next = c.prepareStatement(transactions.dialect().nextValue("o2o_pickup_slip_seq"));
          ResultSet row = next.executeQuery()) {
        row.next();
        return SlipNumber.ofSequence(row.getLong(1));
      }
    });
  }

  @Override
  public void insert(Pickup pickup) {
    transactions.run("could not add pickup " + pickup.number(), c -> {
      Optional<Pickup> sameNumber = select(c, "slip_number = ?", pickup.number().value(), false);
      if (sameNumber.isPresent()) {
        throw new DuplicatePickupException("slip number " + pickup.number() + " is already taken");
      }
      Optional<Pickup> sameOrder = select(c, "mall_order_number = ?", pickup.mallOrderNumber(), false);
      if (sameOrder.isPresent()) {
        throw new DuplicatePickupException("order " + pickup.mallOrderNumber() + " is already a pickup ("
            + sameOrder.get().number() + ")");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_pickup (mall_order_number, store_kind,"
          + " store_code, state, requested_at_nanos, deadline_nanos, has_pending_slips, document, slip_number)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(insert, pickup);
        insert.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          // Taken by a concurrent transaction since we looked: run again, and the look names the holder.
          throw new TransientStoreException("pickup " + pickup.number() + " of order " + pickup.mallOrderNumber()
              + " was added meanwhile by another transaction", e);
        }
        throw e;
      }
    });
  }

  @Override
  public void update(Pickup pickup) {
    transactions.run("could not update pickup " + pickup.number(), c -> {
      Pickup old = select(c, "slip_number = ?", pickup.number().value(), true).orElseThrow(
          () -> new IllegalArgumentException("no pickup " + pickup.number() + " to update"));
      if (!old.mallOrderNumber().equals(pickup.mallOrderNumber())) {
        throw new IllegalArgumentException("pickup " + pickup.number() + " belongs to order " + old.mallOrderNumber()
            + ", not " + pickup.mallOrderNumber());
      }
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_pickup SET mall_order_number = ?,"
          + " store_kind = ?, store_code = ?, state = ?, requested_at_nanos = ?, deadline_nanos = ?,"
          + " has_pending_slips = ?, document = ? WHERE slip_number = ?")) {
        bind(update, pickup);
        update.executeUpdate();
      }
    });
  }

  /** Binds every column but the key, then the slip number last. */
  private void bind(PreparedStatement statement, Pickup pickup) throws SQLException {
    statement.setString(1, pickup.mallOrderNumber());
    Columns.setLocation(statement, 2, pickup.store());
    statement.setString(4, pickup.state().name());
    statement.setLong(5, Columns.nanos(pickup.requestedAt(), "request time of pickup " + pickup.number()));
    if (pickup.deadline().isPresent()) {
      statement.setLong(6, Columns.saturatedNanos(pickup.deadline().get()));
    } else {
      statement.setNull(6, Types.BIGINT);
    }
    statement.setBoolean(7, pickup.hasPendingSlips());
    statement.setString(8, codec.write(pickup));
    statement.setString(9, pickup.number().value());
  }

  @Override
  public Optional<Pickup> find(SlipNumber number) {
    return transactions.read("could not read pickup " + number,
        c -> select(c, "slip_number = ?", number.value(), false));
  }

  @Override
  public Optional<Pickup> findForUpdate(SlipNumber number) {
    return transactions.withConnection("could not lock pickup " + number,
        c -> select(c, "slip_number = ?", number.value(), true));
  }

  @Override
  public Optional<Pickup> findByOrderNumber(String mallOrderNumber) {
    return transactions.read("could not read the pickup of order " + mallOrderNumber,
        c -> select(c, "mall_order_number = ?", mallOrderNumber, false));
  }

  private Optional<Pickup> select(Connection c, String condition, String value, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT slip_number, document FROM o2o_pickup WHERE "
        + condition + (forUpdate ? " FOR UPDATE" : ""))) {
      select.setString(1, value);
      List<Pickup> found = pickups(select);
      return found.stream().findFirst();
    }
  }

  @Override
  public List<Pickup> search(PickupQuery query) {
    StringBuilder sql = new StringBuilder("SELECT slip_number, document FROM o2o_pickup WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    query.store().ifPresent(store -> {
      sql.append(" AND store_kind = ? AND store_code = ?");
      values.add(store.kind().name());
      values.add(store.code());
    });
    query.requestedFrom().ifPresent(from -> {
      sql.append(" AND requested_at_nanos >= ?");
      values.add(Columns.saturatedNanos(from));
    });
    query.requestedBefore().ifPresent(before -> {
      sql.append(" AND requested_at_nanos < ?");
      values.add(Columns.saturatedNanos(before));
    });
    if (!query.states().isEmpty()) {
      sql.append(" AND state IN (").append(Columns.parameters(query.states().size())).append(')');
      query.states().forEach(state -> values.add(state.name()));
    }
    query.mallOrderNumber().ifPresent(number -> {
      sql.append(" AND mall_order_number = ?");
      values.add(number);
    });
    return query("could not search the pickups", sql.toString(), values, query::matches);
  }

  @Override
  public List<Pickup> withPendingSlips(LocationId store) {
    return query("could not read the pickups of " + store + " with slips to print",
        "SELECT slip_number, document FROM o2o_pickup WHERE store_kind = ? AND store_code = ?"
            + " AND has_pending_slips = TRUE",
        List.of(store.kind().name(), store.code()), Pickup::hasPendingSlips);
  }

  @Override
  public List<Pickup> overdue(LocationId store, Instant now) {
    return query("could not read the overdue pickups of " + store,
        "SELECT slip_number, document FROM o2o_pickup WHERE store_kind = ? AND store_code = ? AND state = ?"
            + " AND deadline_nanos < ?",
        List.of(store.kind().name(), store.code(), PickupState.ACCEPTED.name(), Columns.saturatedNanos(now)),
        pickup -> pickup.isOverdue(now));
  }

  private List<Pickup> query(String what, String sql, List<Object> values, Predicate<Pickup> keep) {
    List<Pickup> found = transactions.read(what, c -> {
      try (PreparedStatement select = c.prepareStatement(sql)) {
        for (int i = 0; i < values.size(); i++) {
          Object value = values.get(i);
          if (value instanceof Long l) {
            select.setLong(i + 1, l);
          } else {
            select.setString(i + 1, (String) value);
          }
        }
        return pickups(select);
      }
    });
    List<Pickup> kept = new ArrayList<>();
    for (Pickup pickup : found) {
      if (keep.test(pickup)) {
        kept.add(pickup);
      }
    }
    kept.sort(ORDER);
    return kept;
  }

  private List<Pickup> pickups(PreparedStatement select) throws SQLException {
    List<Pickup> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String number = row.getString("slip_number");
        try {
          found.add(codec.read(Pickup.class, row.getString("document")));
        } catch (IllegalArgumentException e) {
          throw new JdbcStoreException("pickup " + number + " cannot be read: " + e.getMessage(), e);
        }
      }
    }
    return found;
  }
}
