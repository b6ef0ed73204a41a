package dev.o2o.core.stock;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stock arithmetic, with no storage: a batch of movements applied to positions, all of them or none. Every
 * {@link StockLedger} adapter relies on it through {@link Inventory}, so the rules exist once.
 */
public final class StockRules {

  private StockRules() {}

  /** The positions after the batch, or the first refusal. */
  public static Result apply(Map<PositionKey, StockPosition> before, Iterable<Movement> batch) {
    List<Movement> movements = ImmutableList.copyOf(batch);
    BatchPositions positions = BatchPositions.of(movements);
    positions.start(before);
    Optional<StockRefusal> refusal = move(positions, movements, null);
    if (refusal.isPresent()) {
      return new Result.Refused(refusal.get());
    }
    SortedMap<PositionKey, StockPosition> after = new TreeMap<>(before);
    after.putAll(positions.afterByKey());
    return new Result.Moved(Collections.unmodifiableSortedMap(after));
  }

  /**
   * Moves {@code positions} by the movements of {@code batch} (the batch they were found for), in order, leaving out
   * those {@code replayed} marks (null: none); the first refusal, if a movement breaks an invariant. After a refusal
   * the positions are half moved: start them again before another use.
   */
  static Optional<StockRefusal> move(BatchPositions positions, List<Movement> batch, boolean[] replayed) {
    for (int i = 0; i < batch.size(); i++) {
      if (replayed != null && replayed[i]) {
        continue;
      }
      Movement movement = batch.get(i);
      int quantity = movement.quantity().value();
      BatchPositions.Slot source = positions.sourceOf(i);
      StockFigures moved = movement.kind().applyTo(source.figures(), quantity);
      if (!moved.keepsInvariants()) {
        // Off the path every accepted movement takes: which bucket, and what it held, only for a refusal.
        Bucket bucket = moved.violation().orElseThrow();
        return Optional.of(new StockRefusal(movement.id(), movement.kind(), movement.sku(), movement.location(),
            bucket, quantity, source.figures().get(bucket)));
      }
      source.move(moved);
      BatchPositions.Slot destination = positions.destinationOf(i);
      if (destination != null) {
        StockFigures figures = destination.figures();
        destination.move(figures.withInTransit(Math.addExact(figures.inTransit(), quantity)));
      }
    }
    return Optional.empty();
  }

  /** Adds a movement's effect to figures without checking anything: the fold a reconciliation recomputes. */
  public static void fold(Map<PositionKey, StockFigures> figures, Movement movement) {
    figures.merge(movement.key(),
        movement.kind().applyTo(StockFigures.ZERO, movement.quantity().value()), StockFigures::plus);
    movement.destinationKey().ifPresent(key -> figures.merge(key,
        StockFigures.ZERO.withInTransit(movement.quantity().value()), StockFigures::plus));
  }

  /** What {@link #apply} came to. */
  public sealed interface Result {
    /** Every position the batch touched (and those given), after it. */
    record Moved(SortedMap<PositionKey, StockPosition> positions) implements Result {}

    /** The batch breaks an invariant. */
    record Refused(StockRefusal refusal) implements Result {}
  }
}
