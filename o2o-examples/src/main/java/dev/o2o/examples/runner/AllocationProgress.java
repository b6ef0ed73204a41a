package dev.o2o.examples.runner;

import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockChange;
import dev.o2o.core.stock.StockChangeListener;

/**
 * A progress bar for an allocation run: it counts the units ALLOCATE movements book, against the units a dry run said
 * the run would allocate. Informational only: a batch counted here may still roll back and be retried.
 */
final class AllocationProgress implements StockChangeListener {

  private Console console;
  private String label;
  private long expected;
  private long booked;
  private long shownAt;

  /** Starts showing progress towards {@code expectedUnits}. */
  synchronized void track(Console to, String what, long expectedUnits) {
    this.console = to;
    this.label = what;
    this.expected = expectedUnits;
    this.booked = 0;
    this.shownAt = -1;
  }

  /** Stops showing progress, finishing the bar. */
  synchronized void done() {
    if (console != null && expected > 0) {
      console.progress(label, expected, expected);
    }
    console = null;
  }

  @Override
  public synchronized void onStockChanged(StockChange change) {
    if (console == null || expected == 0) {
      return;
    }
    for (Movement movement : change.movements()) {
      if (movement.kind() == MovementKind.ALLOCATE) {
        booked += movement.quantity().value();
      }
    }
    long step = Math.max(1, expected / 30);
    if (booked / step != shownAt && booked < expected) {
      shownAt = booked / step;
      console.progress(label, Math.min(booked, expected), expected);
    }
  }
}
