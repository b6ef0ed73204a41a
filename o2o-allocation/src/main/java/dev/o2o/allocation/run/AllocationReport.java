package dev.o2o.allocation.run;

import dev.o2o.core.order.OrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an allocation run did, or in a dry run would do: per order with open lines (in the run's order: priority first,
 * then oldest), its shipments or why it was not allocated; the totals; and the availability of every SKU it touched,
 * before and after.
 */
public record AllocationReport(
    String policy, boolean dryRun, Instant at, List<OrderOutcome> outcomes, AllocationTotals totals,
    List<SkuAvailability> availability) {

  /** Copies the lists. */
  public AllocationReport {
    outcomes = List.copyOf(outcomes);
    availability = List.copyOf(availability);
  }

  /** The outcome of one order, if it had open lines. */
  public Optional<OrderOutcome> outcomeOf(OrderId order) {
    return outcomes.stream().filter(o -> o.order().equals(order)).findFirst();
  }
}
