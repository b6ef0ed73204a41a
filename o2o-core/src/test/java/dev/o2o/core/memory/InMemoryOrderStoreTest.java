package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.OrderStoreContract;

class InMemoryOrderStoreTest extends OrderStoreContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
