package dev.o2o.pickup;

import dev.o2o.core.stock.StockRefusal;
import java.util.Optional;

/** What a pickup request came to. */
public sealed interface RequestOutcome {

  /** The pickup the request made or found; empty when it was refused. */
  default Optional<Pickup> recorded() {
    if (this instanceof Taken t) {
      return Optional.of(t.pickup());
    } else if (this instanceof AlreadyTaken a) {
      return Optional.of(a.pickup());
    } else if (this instanceof Unavailable u) {
      return Optional.of(u.pickup());
    }
    return Optional.empty();
  }

  /** The request is taken: the store stock is reserved and the acceptance slip waits to print. */
  record Taken(Pickup pickup) implements RequestOutcome {}

  /** The same request was taken before; nothing changed. */
  record AlreadyTaken(Pickup pickup) implements RequestOutcome {}

  /**
   * The store has too little stock: the pickup is recorded as {@code UNAVAILABLE} (reason code
   * {@link Reason#OUT_OF_STOCK}), nothing is reserved, and the mall is told through the outbox.
   */
  record Unavailable(Pickup pickup, StockRefusal shortage) implements RequestOutcome {}

  /** The request was refused before anything was recorded. */
  record Refused(PickupRefusal refusal) implements RequestOutcome {}
}
