package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.InventoryPropertiesContract;

class InMemoryInventoryPropertiesTest extends InventoryPropertiesContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
