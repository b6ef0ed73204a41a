package dev.o2o.allocation.contract;

import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.contract.CoreBackend;

/** The ports of one backend that allocation needs (core's and its own), sharing one transaction runner. */
public interface AllocationBackend extends CoreBackend {

  ShipmentStore shipments();

  /** The waybill registry; a backend that has none yet leaves this default, and does not run its contract. */
  default WaybillRegistry waybills() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no waybill registry");
  }

  /** The scanning sessions; a backend that has none yet leaves this default, and does not run its contract. */
  default ScanSessionStore scanSessions() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no scan session store");
  }
}
