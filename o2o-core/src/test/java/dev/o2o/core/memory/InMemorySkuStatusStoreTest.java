package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.SkuStatusStoreContract;

class InMemorySkuStatusStoreTest extends SkuStatusStoreContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
