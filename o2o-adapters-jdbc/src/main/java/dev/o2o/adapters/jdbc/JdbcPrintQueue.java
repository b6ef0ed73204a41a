package dev.o2o.adapters.jdbc;

import static dev.o2o.core.model.Checks.requireCode;
import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.print.PrintJob;
import dev.o2o.core.print.PrintQueue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The print queue on JDBC: a row per job. A claim locks the printer's oldest row ({@code SELECT ... FOR UPDATE}: the
 * head is never skipped, claimers of one printer take turns) and takes it with a conditional update, so one claimer
 * at most holds a head at a time.
 */
public final class JdbcPrintQueue implements PrintQueue {

  private static final String COLUMNS = "id, printer, document, enqueued_at_nanos, due_at_nanos, claimed_until_nanos,"
      + " attempts, may_have_printed, last_failure";

  private final JdbcTransactions transactions;

  /** The print queue of the database {@code transactions} run on. */
  public JdbcPrintQueue(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public long enqueue(String printer, String document, Instant at) {
    requireCode("printer name", printer);
    if (document == null || document.isEmpty()) {
      throw new IllegalArgumentException("a print job for printer " + printer + " needs a document");
    }
    long atNanos = Columns.nanos(at, "time of a print job for printer " + printer);
    return transactions.withConnection("could not queue a slip for printer " + printer, c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_print_job (printer, document,"
          + " enqueued_at_nanos, due_at_nanos) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, printer);
        insert.setString(2, document);
        insert.setLong(3, atNanos);
        insert.setLong(4, atNanos);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  @Override
  public Optional<PrintJob> claimHead(String printer, Instant now, Duration lease) {
    long nowNanos = Columns.saturatedNanos(now);
    long untilNanos = Columns.saturatedNanos(now.plus(lease));
    return transactions.withConnection("could not claim the next slip of printer " + printer, c -> {
      Head head = head(c, printer);
      if (head == null) {
        return Optional.empty();
      }
      boolean lapsed = head.claimedUntil != null && head.claimedUntil <= nowNanos;
      boolean free = head.claimedUntil == null || lapsed;
      if (!free || head.dueAt > nowNanos) {
        return Optional.empty();
      }
      PrintJob old = head.job;
      PrintJob claimed = new PrintJob(old.id(), old.printer(), old.document(), old.enqueuedAt(), old.attempts() + 1,
          old.mayHavePrinted() || lapsed,
          lapsed ? Optional.of("the claim of attempt " + old.attempts() + " lapsed") : old.lastFailure());
      try (PreparedStatement take = c.prepareStatement("UPDATE o2o_print_job SET claimed_until_nanos = ?,"
          + " attempts = ?, may_have_printed = ?, last_failure = ? WHERE id = ? AND attempts = ?"
          + " AND (claimed_until_nanos IS NULL OR claimed_until_nanos <= ?) AND due_at_nanos <= ?")) {
        take.setLong(1, untilNanos);
        take.setInt(2, claimed.attempts());
        take.setBoolean(3, claimed.mayHavePrinted());
        Columns.setText(take, 4, claimed.lastFailure());
        take.setLong(5, old.id());
        take.setInt(6, old.attempts());
        take.setLong(7, nowNanos);
        take.setLong(8, nowNanos);
        return take.executeUpdate() == 1 ? Optional.of(claimed) : Optional.<PrintJob>empty();
      }
    });
  }

  /** The oldest job of a printer, locked; null when it has none. */
  private static Head head(Connection c, String printer) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_print_job WHERE printer = ?"
        + " ORDER BY id LIMIT 1 FOR UPDATE")) {
      select.setString(1, printer);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        long claimedUntil = row.getLong("claimed_until_nanos");
        Long claimed = row.wasNull() ? null : claimedUntil;
        return new Head(job(row), row.getLong("due_at_nanos"), claimed);
      }
    }
  }

  /** A printer's head job with its due time and claim. */
  private record Head(PrintJob job, long dueAt, Long claimedUntil) {}

  @Override
  public void complete(long id) {
    transactions.run("could not remove print job " + id, c -> {
      try (PreparedStatement delete = c.prepareStatement("DELETE FROM o2o_print_job WHERE id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
    });
  }

  @Override
  public void retryLater(long id, Instant notBefore, boolean mayHavePrinted, String failure) {
    requireText("failure", failure);
    long dueNanos = Columns.saturatedNanos(notBefore);
    transactions.run("could not give back print job " + id, c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_print_job SET claimed_until_nanos = NULL,"
          + " due_at_nanos = ?, may_have_printed = (may_have_printed OR ?), last_failure = ? WHERE id = ?")) {
        update.setLong(1, dueNanos);
        update.setBoolean(2, mayHavePrinted);
        update.setString(3, failure);
        update.setLong(4, id);
        update.executeUpdate();
      }
    });
  }

  @Override
  public List<PrintJob> waiting(String printer) {
    return transactions.read("could not read the queue of printer " + printer, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM o2o_print_job WHERE printer = ? ORDER BY id")) {
        select.setString(1, printer);
        List<PrintJob> jobs = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            jobs.add(job(row));
          }
        }
        return jobs;
      }
    });
  }

  @Override
  public long pendingCount() {
    return transactions.read("could not count the print queue", c -> {
      try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM o2o_print_job");
          ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  private static PrintJob job(ResultSet row) throws SQLException {
    return new PrintJob(row.getLong("id"), row.getString("printer"), row.getString("document"),
        Columns.instant(row.getLong("enqueued_at_nanos")), row.getInt("attempts"), row.getBoolean("may_have_printed"),
        Columns.optionalText(row, "last_failure"));
  }
}
