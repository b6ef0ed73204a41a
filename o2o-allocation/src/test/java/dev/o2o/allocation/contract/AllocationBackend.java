package dev.o2o.allocation.contract;

import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.core.contract.CoreBackend;

/** The ports of one backend that allocation needs (core's and its own), sharing one transaction runner. */
public interface AllocationBackend extends CoreBackend {

  ShipmentStore shipments();
}
