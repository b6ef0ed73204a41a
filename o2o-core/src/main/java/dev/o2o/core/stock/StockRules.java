package dev.o2o.core.stock;

import java.util.Collections;
import java.util.Map;
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
    SortedMap<PositionKey, StockPosition> after = new TreeMap<>(before);
    for (Movement movement : batch) {
      PositionKey key = movement.key();
      StockPosition source = after.get(key);
      if (source == null) {
        source = StockPosition.empty(key);
      }
      StockFigures moved = movement.kind().applyTo(source.figures(), movement.quantity().value());
      var violation = moved.violation();
      if (violation.isPresent()) {
        Bucket bucket = violation.get();
        return new Result.Refused(new StockRefusal(movement.id(), movement.kind(), movement.sku(),
            movement.location(), bucket, movement.quantity().value(), source.figures().get(bucket)));
      }
      after.put(key, source.withFigures(moved));
      if (movement.destination().isPresent()) {
        PositionKey to = PositionKey.of(movement.sku(), movement.destination().get());
        StockPosition destination = after.getOrDefault(to, StockPosition.empty(to));
        StockFigures figures = destination.figures();
        after.put(to, destination.withFigures(
            figures.withInTransit(Math.addExact(figures.inTransit(), movement.quantity().value()))));
      }
    }
    // A read-only view of the working map rather than a copy: nobody else holds the working map.
    return new Result.Moved(Collections.unmodifiableSortedMap(after));
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
