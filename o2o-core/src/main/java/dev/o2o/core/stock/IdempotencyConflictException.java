package dev.o2o.core.stock;

/** A movement id that is already in the ledger was given again with another content. */
public final class IdempotencyConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final MovementId movementId;

  public IdempotencyConflictException(Movement recorded, Movement given) {
    super("movement id " + recorded.id() + " was already applied as [" + recorded + "] and is now given as ["
        + given + "]: an id names one movement only");
    this.movementId = recorded.id();
  }

  public MovementId movementId() {
    return movementId;
  }
}
