package dev.o2o.adapters.jdbc;

/**
 * A database failure, wrapped so that no vendor exception crosses a port; the message names what o2o was doing and
 * to which entity (which SKU at which location, which outbox entry), the cause keeps the driver's exception.
 */
public class JdbcStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JdbcStoreException(String message) {
    super(message);
  }

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
