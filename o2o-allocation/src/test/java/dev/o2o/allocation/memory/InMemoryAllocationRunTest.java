package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.AllocationRunContract;

class InMemoryAllocationRunTest extends AllocationRunContract {

  @Override
  protected AllocationBackend newBackend() {
    return new InMemoryAllocationBackend();
  }
}
