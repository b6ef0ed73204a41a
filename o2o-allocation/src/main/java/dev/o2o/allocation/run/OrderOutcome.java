package dev.o2o.allocation.run;

import dev.o2o.allocation.sourcing.Shortage;
import dev.o2o.core.order.OrderId;
import java.util.List;

/** What a run did with one order that had open lines. */
public sealed interface OrderOutcome {

  OrderId order();

  /** Every open line was allocated, in these shipments (a BULK shipment also carries other orders' lines). */
  record Allocated(OrderId order, List<PlannedShipment> shipments) implements OrderOutcome {

    /** Copies the list. */
    public Allocated {
      shipments = List.copyOf(shipments);
    }
  }

  /** Some lines were allocated, in these shipments; the others stay open, short as said. */
  record PartlyAllocated(OrderId order, List<PlannedShipment> shipments, List<Shortage> shortages)
      implements OrderOutcome {

    /** Copies the lists. */
    public PartlyAllocated {
      shipments = List.copyOf(shipments);
      shortages = List.copyOf(shortages);
    }
  }

  /** Nothing was allocated, because of {@code reason}. */
  record NotAllocated(OrderId order, NotAllocatedReason reason) implements OrderOutcome {}
}
