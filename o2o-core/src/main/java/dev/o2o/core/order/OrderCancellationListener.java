package dev.o2o.core.order;

import dev.o2o.core.model.Actor;
import java.util.List;

/**
 * Told, inside the cancelling transaction, of allocated lines that were cancelled (their stock already deallocated),
 * so that the shipments holding them change in the same step.
 */
@FunctionalInterface
public interface OrderCancellationListener {

  /** {@code lines} are the cancelled lines, each still naming the allocation it had; {@code actor} cancelled them. */
  void onAllocatedLinesCancelled(Order order, List<OrderLine> lines, Actor actor);
}
