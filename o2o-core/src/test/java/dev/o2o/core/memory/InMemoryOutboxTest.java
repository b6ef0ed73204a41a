package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.OutboxContract;

class InMemoryOutboxTest extends OutboxContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
