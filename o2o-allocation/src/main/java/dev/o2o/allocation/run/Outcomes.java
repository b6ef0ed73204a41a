package dev.o2o.allocation.run;

import java.util.List;

/**
 * The outcome of every candidate order of a run, by the order's place in the report, and the run's totals, counted as
 * each outcome is settled, while what it counts is still at hand, rather than by reading every outcome and shipment
 * again at the end. Every place is settled once.
 */
final class Outcomes {

  private final OrderOutcome[] byPlace;
  private int allocated;
  private int partlyAllocated;
  private int notAllocated;
  private int held;
  private int shipments;
  private int lines;
  private int units;

  /** Room for {@code orders} outcomes, none settled yet. */
  Outcomes(int orders) {
    this.byPlace = new OrderOutcome[orders];
  }

  /** Settles the outcome of the order at {@code place} of the report; its shipments are counted by {@link #shipped}. */
  void settle(int place, OrderOutcome outcome) {
    if (byPlace[place] != null) {
      throw new IllegalStateException("the outcome of order " + outcome.order() + " is already settled: "
          + byPlace[place]);
    }
    byPlace[place] = outcome;
    if (outcome instanceof OrderOutcome.Allocated) {
      allocated++;
    } else if (outcome instanceof OrderOutcome.PartlyAllocated) {
      partlyAllocated++;
    } else {
      notAllocated++;
      if (((OrderOutcome.NotAllocated) outcome).reason() instanceof NotAllocatedReason.Held) {
        held++;
      }
    }
  }

  /** Counts a group's shipments, each once, however many of the group's orders it carries lines of. */
  void shipped(List<PlannedShipment> planned) {
    for (PlannedShipment shipment : planned) {
      shipments++;
      lines += shipment.lines().size();
      units += shipment.units();
    }
  }

  /** The outcomes by place; every place must be settled. */
  List<OrderOutcome> inReportOrder() {
    return List.of(byPlace);
  }

  AllocationTotals totals() {
    return new AllocationTotals(byPlace.length, allocated, partlyAllocated, notAllocated, held, shipments, lines,
        units);
  }
}
