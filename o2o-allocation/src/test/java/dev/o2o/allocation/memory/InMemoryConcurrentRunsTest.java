package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.ConcurrentRunsContract;

class InMemoryConcurrentRunsTest extends ConcurrentRunsContract {

  @Override
  protected AllocationBackend newBackend() {
    return new InMemoryAllocationBackend();
  }
}
