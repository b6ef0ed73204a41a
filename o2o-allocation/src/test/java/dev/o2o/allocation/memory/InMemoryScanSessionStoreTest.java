package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.ScanSessionStoreContract;

class InMemoryScanSessionStoreTest extends ScanSessionStoreContract {

  @Override
  protected AllocationBackend newBackend() {
    return new InMemoryAllocationBackend();
  }
}
