package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.LocationDirectoryContract;

class InMemoryLocationDirectoryTest extends LocationDirectoryContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
