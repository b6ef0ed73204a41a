package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.WaybillRegistryContract;

class InMemoryWaybillRegistryTest extends WaybillRegistryContract {

  @Override
  protected AllocationBackend newBackend() {
    return new InMemoryAllocationBackend();
  }
}
