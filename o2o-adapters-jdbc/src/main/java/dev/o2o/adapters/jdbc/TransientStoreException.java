package dev.o2o.adapters.jdbc;

/**
 * A failure that trying the whole transaction again may cure: a deadlock, a serialization failure, a lock wait that
 * timed out, a connection lost before the commit. {@link JdbcTransactions} retries it; callers see it only wrapped in a
 * {@link RetriesExhaustedException}.
 */
public class TransientStoreException extends JdbcStoreException {

  private static final long serialVersionUID = 1L;

  public TransientStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
