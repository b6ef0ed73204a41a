package dev.o2o.adapters.jdbc;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The mall outbox on JDBC: a row per waiting event. Relays claim rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}
 * (where the database has it) and a conditional update that only takes a row still free, so no entry is held by two
 * relays at the same moment; a claim is a lease that lapses by itself if its relay dies.
 */
public final class JdbcOutbox implements Outbox {

  private static final String COLUMNS = "id, event_type, payload, enqueued_at_nanos, attempts";

  private final JdbcTransactions transactions;
  private final RecordCodec codec = RecordCodec.of(MallEvent.class);

  /** The outbox of the database {@code transactions} run on. */
  public JdbcOutbox(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(MallEvent event, Instant at) {
    String type = codec.type((Record) event);
    String payload = codec.write((Record) event);
    long atNanos = Columns.nanos(at, "time of mall event " + event);
    transactions.run("could not add mall event " + event + " to the outbox", c -> {
      Optional<String> key = event.coalescingKey();
      if (key.isPresent() && replaceWaiting(c, key.get(), type, payload, atNanos)) {
        return;
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_outbox (event_type, coalescing_key,"
          + " payload, enqueued_at_nanos, due_at_nanos, attempts) VALUES (?, ?, ?, ?, ?, 0)")) {
        insert.setString(1, type);
        Columns.setText(insert, 2, key);
        insert.setString(3, payload);
        insert.setLong(4, atNanos);
        insert.setLong(5, atNanos);
        insert.executeUpdate();
      }
    });
  }

  /**
   * Replaces the newest entry with the same key if it is unclaimed; false when there is none or it is claimed (being
   * sent: the new event then goes after it).
   */
  private static boolean replaceWaiting(Connection c, String key, String type, String payload, long atNanos)
      throws SQLException {
    long newest;
    try (PreparedStatement select = c.prepareStatement("SELECT id, claimed_until_nanos FROM o2o_outbox"
        + " WHERE coalescing_key = ? ORDER BY id DESC LIMIT 1 FOR UPDATE")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return false;
        }
        newest = row.getLong("id");
        row.getLong("claimed_until_nanos");
        if (!row.wasNull()) {
          return false;
        }
      }
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE o2o_outbox SET event_type = ?, payload = ?,"
        + " enqueued_at_nanos = ? WHERE id = ? AND claimed_until_nanos IS NULL")) {
      update.setString(1, type);
      update.setString(2, payload);
      update.setLong(3, atNanos);
      update.setLong(4, newest);
      return update.executeUpdate() == 1;
    }
  }

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    if (max < 1) {
      return List.of();
    }
    long nowNanos = Columns.saturatedNanos(now);
    long untilNanos = Columns.saturatedNanos(now.plus(lease));
    return transactions.withConnection("could not claim outbox entries", c -> {
      List<OutboxEntry> candidates = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_outbox"
          + " WHERE (claimed_until_nanos IS NULL OR claimed_until_nanos <= ?) AND due_at_nanos <= ?"
          + " ORDER BY id LIMIT ?" + transactions.dialect().claimLock())) {
        select.setLong(1, nowNanos);
        select.setLong(2, nowNanos);
        select.setInt(3, max);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            candidates.add(entry(row));
          }
        }
      }
      List<OutboxEntry> claimed = new ArrayList<>();
      try (PreparedStatement take = c.prepareStatement("UPDATE o2o_outbox SET claimed_until_nanos = ?,"
          + " attempts = attempts + 1 WHERE id = ? AND (claimed_until_nanos IS NULL OR claimed_until_nanos <= ?)"
          + " AND due_at_nanos <= ?")) {
        for (OutboxEntry candidate : candidates) {
          take.setLong(1, untilNanos);
          take.setLong(2, candidate.id());
          take.setLong(3, nowNanos);
          take.setLong(4, nowNanos);
          if (take.executeUpdate() == 1) {
            claimed.add(new OutboxEntry(candidate.id(), candidate.event(), candidate.enqueuedAt(),
                candidate.attempts() + 1));
          }
        }
      }
      return claimed;
    });
  }

  private OutboxEntry entry(ResultSet row) throws SQLException {
    long id = row.getLong("id");
    MallEvent event;
    try {
      event = (MallEvent) codec.read(row.getString("event_type"), row.getString("payload"));
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("outbox entry " + id + " cannot be read: " + e.getMessage(), e);
    }
    return new OutboxEntry(id, event, Columns.instant(row.getLong("enqueued_at_nanos")), row.getInt("attempts"));
  }

  @Override
  public void acknowledge(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    transactions.run("could not remove sent outbox entries " + ids, c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM o2o_outbox WHERE id = ?")) {
        for (long id : List.copyOf(ids)) {
          delete.setLong(1, id);
          delete.executeUpdate();
        }
      }
    });
  }

  @Override
  public void release(Collection<Long> ids, Instant notBefore) {
    if (ids.isEmpty()) {
      return;
    }
    long dueNanos = Columns.saturatedNanos(notBefore);
    transactions.run("could not give back outbox entries " + ids, c -> {
      for (long id : List.copyOf(ids)) {
        if (superseded(c, id)) {
          // A newer state of the same key waits: sending this one later would overwrite it at the mall.
          try (PreparedStatement delete = c.prepareStatement("DELETE FROM o2o_outbox WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
          }
          continue;
        }
        try (PreparedStatement update = c.prepareStatement(
            "UPDATE o2o_outbox SET claimed_until_nanos = ?, due_at_nanos = ? WHERE id = ?")) {
          update.setNull(1, Types.BIGINT);
          update.setLong(2, dueNanos);
          update.setLong(3, id);
          update.executeUpdate();
        }
      }
    });
  }

  /** Whether entry {@code id} has a coalescing key and a newer entry with the same key exists. */
  private static boolean superseded(Connection c, long id) throws SQLException {
    String key;
    try (PreparedStatement select = c.prepareStatement("SELECT coalescing_key FROM o2o_outbox WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || row.getString(1) == null) {
          return false;
        }
        key = row.getString(1);
      }
    }
    try (PreparedStatement newer = c.prepareStatement(
        "SELECT id FROM o2o_outbox WHERE coalescing_key = ? AND id > ? LIMIT 1")) {
      newer.setString(1, key);
      newer.setLong(2, id);
      try (ResultSet row = newer.executeQuery()) {
        return row.next();
      }
    }
  }

  @Override
  public long pendingCount() {
    return transactions.read("could not count the outbox", c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM o2o_outbox");
          ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }
}
