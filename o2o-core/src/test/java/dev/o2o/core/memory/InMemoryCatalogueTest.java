package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.CatalogueContract;

class InMemoryCatalogueTest extends CatalogueContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
