package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.OrderStorePropertiesContract;

class InMemoryOrderStorePropertiesTest extends OrderStorePropertiesContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
