package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.ShipmentLifecycleContract;

class InMemoryShipmentLifecycleTest extends ShipmentLifecycleContract {

  @Override
  protected AllocationBackend newBackend() {
    return new InMemoryAllocationBackend();
  }
}
