package dev.o2o.adapters.jdbc;

/**
 * The connection was lost while the database committed: the transaction may or may not have been committed, so it is
 * not retried. Commands with an idempotency key (a movement id) can safely be sent again.
 */
public final class CommitOutcomeUnknownException extends JdbcStoreException {

  private static final long serialVersionUID = 1L;

  public CommitOutcomeUnknownException(Throwable cause) {
    super("the connection was lost during commit: the transaction may or may not have been committed", cause);
  }
}
