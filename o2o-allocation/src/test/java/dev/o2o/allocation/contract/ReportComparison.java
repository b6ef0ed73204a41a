package dev.o2o.allocation.contract;

import dev.o2o.allocation.run.NotAllocatedReason;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.allocation.run.PlannedShipment;
import java.util.List;
import java.util.Optional;

/** Compares the plans of two reports (a dry run's and a real run's): the same but for the ids real shipments get. */
public final class ReportComparison {

  private ReportComparison() {}

  /** The outcomes with every shipment id emptied. */
  public static List<OrderOutcome> withoutShipmentIds(List<OrderOutcome> outcomes) {
    return outcomes.stream().map(ReportComparison::withoutIds).toList();
  }

  private static OrderOutcome withoutIds(OrderOutcome outcome) {
    if (outcome instanceof OrderOutcome.Allocated a) {
      return new OrderOutcome.Allocated(a.order(), strip(a.shipments()));
    }
    if (outcome instanceof OrderOutcome.PartlyAllocated p) {
      return new OrderOutcome.PartlyAllocated(p.order(), strip(p.shipments()), p.shortages());
    }
    OrderOutcome.NotAllocated n = (OrderOutcome.NotAllocated) outcome;
    return new OrderOutcome.NotAllocated(n.order(), (NotAllocatedReason) n.reason());
  }

  private static List<PlannedShipment> strip(List<PlannedShipment> shipments) {
    return shipments.stream().map(s -> new PlannedShipment(Optional.empty(), s.source(), s.lines())).toList();
  }
}
