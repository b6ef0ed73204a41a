package dev.o2o.core.memory;

import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.OutboxPropertiesContract;

class InMemoryOutboxPropertiesTest extends OutboxPropertiesContract {

  @Override
  protected CoreBackend newBackend() {
    return new InMemoryBackend();
  }
}
