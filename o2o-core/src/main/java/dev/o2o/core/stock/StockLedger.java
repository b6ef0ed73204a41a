package dev.o2o.core.stock;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Outbound port: where the movement ledger and the positions folded from it are kept. It stores and locks; the rules
 * live in {@link Inventory}. The writing methods are called inside a transaction of the
 * {@link dev.o2o.core.tx.TransactionRunner} the adapter comes with.
 */
public interface StockLedger {

  /**
   * The positions of {@code keys}, locked against other writers until the transaction ends; keys come sorted so
   * that every writer locks in the same order. A key with no position yet comes back as an empty position.
   */
  SortedMap<PositionKey, StockPosition> lockPositions(SortedSet<PositionKey> keys);

  /** The recorded movements among {@code ids}. */
  Map<MovementId, Movement> findMovements(Set<MovementId> ids);

  /**
   * {@link #lockPositions} of {@code keys}, then {@link #findMovements} of {@code ids}: what a batch needs before the
   * rules run. An adapter may do both in fewer round trips; if its look-up can then miss a movement that a writer
   * holding the locks before it recorded (a snapshot taken before the locks were granted), {@link #record} of that
   * movement must fail in a way its transaction runner retries, so the next attempt finds the movement.
   */
  default LockedBatch lockBatch(SortedSet<PositionKey> keys, Set<MovementId> ids) {
    return new LockedBatch(lockPositions(keys), findMovements(ids));
  }

  /** The positions a batch locked and the movements among its ids that the ledger already holds. */
  record LockedBatch(SortedMap<PositionKey, StockPosition> positions, Map<MovementId, Movement> earlier) {

    /** Both are required. */
    public LockedBatch {
      Objects.requireNonNull(positions, "positions");
      Objects.requireNonNull(earlier, "earlier");
    }
  }

  /** Appends {@code movements} to the ledger, in order, and stores {@code positions} as they now are. */
  void record(List<Movement> movements, Collection<StockPosition> positions);

  /** One position, if it was ever written. */
  Optional<StockPosition> position(PositionKey key);

  /** Every position of these SKUs, sorted by key. */
  List<StockPosition> positionsOfSkus(Collection<SkuCode> skus);

  /** Every position at a location, sorted by key. */
  List<StockPosition> positionsAt(LocationId location);

  /** Every position, sorted by key. */
  List<StockPosition> allPositions();

  /** The movements of one SKU (at every location, and transfers towards it), in ledger order. */
  List<Movement> movementsOf(SkuCode sku);

  /** Every movement, in ledger order: what a reconciliation folds. */
  void forEachMovement(Consumer<Movement> action);
}
