package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.PrintQueueContract;

class InMemoryPrintQueueTest extends PrintQueueContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
