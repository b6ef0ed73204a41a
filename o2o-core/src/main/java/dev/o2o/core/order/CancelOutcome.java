package dev.o2o.core.order;

import dev.o2o.core.stock.Movement;
import java.util.List;

/** What cancelling an order or a line came to. */
public sealed interface CancelOutcome {

  /** The lines were cancelled; {@code deallocations} gave back the stock of those that were allocated. */
  record Cancelled(Order order, List<Integer> lines, List<Movement> deallocations) implements CancelOutcome {

    /** Copies the lists. */
    public Cancelled {
      lines = List.copyOf(lines);
      deallocations = List.copyOf(deallocations);
    }
  }

  /** Nothing was cancelled, because {@code reason} (the line shipped, or was cancelled already). */
  record Refused(OrderId order, String reason) implements CancelOutcome {}
}
