package dev.o2o.core.stock;

import java.util.List;

/** What applying a batch of movements came to: applied (now or by an earlier call with the same ids), or refused. */
public sealed interface LedgerOutcome {

  /** Whether the batch is in the ledger. */
  default boolean isApplied() {
    return this instanceof Applied;
  }

  /**
   * The batch is in the ledger. {@code replayed} holds the movements that an earlier call had already applied (and
   * that changed nothing this time); {@code positions} are the positions touched, after the batch.
   */
  record Applied(List<Movement> movements, List<Movement> replayed, List<StockPosition> positions)
      implements LedgerOutcome {

    /** Copies the lists. */
    public Applied {
      movements = List.copyOf(movements);
      replayed = List.copyOf(replayed);
      positions = List.copyOf(positions);
    }

    /** Whether every movement of the batch had been applied before. */
    public boolean wasReplay() {
      return replayed.size() == movements.size();
    }
  }

  /** Nothing of the batch was applied, because of {@code refusal}. */
  record Refused(StockRefusal refusal) implements LedgerOutcome {}
}
