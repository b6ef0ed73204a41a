package dev.o2o.adapters.jdbc;

/**
 * A transaction that failed for a transient reason (deadlock, serialization failure, lock timeout, lost connection) as
 * many times as it was allowed to run; nothing of it was committed. The cause is the last failure.
 */
public final class RetriesExhaustedException extends JdbcStoreException {

  private static final long serialVersionUID = 1L;

  private final int attempts;

  public RetriesExhaustedException(int attempts, TransientStoreException last) {
    super("transaction gave up after " + attempts + " attempts, nothing of it was committed; last failure: "
        + last.getMessage(), last);
    this.attempts = attempts;
  }

  /** How many times the transaction ran. */
  public int attempts() {
    return attempts;
  }
}
