package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.InventoryContract;

class InMemoryInventoryTest extends InventoryContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
