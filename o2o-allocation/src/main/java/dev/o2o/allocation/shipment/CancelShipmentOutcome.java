package dev.o2o.allocation.shipment;

import dev.o2o.core.stock.Movement;
import java.util.List;

/** What cancelling a shipment came to. */
public sealed interface CancelShipmentOutcome {

  /** Cancelled: its stock deallocated by {@code deallocations}, its order lines open again. */
  record Cancelled(Shipment shipment, List<Movement> deallocations) implements CancelShipmentOutcome {

    /** Copies the list. */
    public Cancelled {
      deallocations = List.copyOf(deallocations);
    }
  }

  /** Nothing changed, because {@code reason} (it shipped, or was cancelled before). */
  record Refused(ShipmentId shipment, String reason) implements CancelShipmentOutcome {}
}
