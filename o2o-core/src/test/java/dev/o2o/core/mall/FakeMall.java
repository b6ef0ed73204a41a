package dev.o2o.core.mall;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallGateway;
import dev.o2o.core.model.SkuCode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A mall for tests: up or down at the test's word, it keeps every batch it took and its view of each SKU. */
final class FakeMall implements MallGateway {

  private final Clock clock;
  private boolean up = true;
  private Runnable duringSend = () -> {};
  private final List<Instant> attempts = new ArrayList<>();
  private final List<List<MallEvent>> batches = new ArrayList<>();
  private final Map<SkuCode, MallEvent.SkuStateChanged> view = new HashMap<>();

  FakeMall(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void send(List<MallEvent> events) {
    Runnable hook;
    synchronized (this) {
      attempts.add(clock.instant());
      hook = duringSend;
    }
    hook.run(); // the send is in flight
    synchronized (this) {
      if (!up) {
        throw new IllegalStateException("the mall is down");
      }
      batches.add(List.copyOf(events));
      events.stream()
          .filter(MallEvent.SkuStateChanged.class::isInstance)
          .map(MallEvent.SkuStateChanged.class::cast)
          .forEach(state -> view.put(state.sku(), state));
    }
  }

  synchronized void goDown() {
    up = false;
  }

  synchronized void comeUp() {
    up = true;
  }

  /** Runs {@code hook} while each later send is in flight, before the mall decides. */
  synchronized void whileSending(Runnable hook) {
    duringSend = hook;
  }

  synchronized List<Instant> attempts() {
    return List.copyOf(attempts);
  }

  synchronized List<List<MallEvent>> batches() {
    return List.copyOf(batches);
  }

  synchronized List<MallEvent> received() {
    return batches.stream().flatMap(List::stream).toList();
  }

  synchronized Map<SkuCode, MallEvent.SkuStateChanged> view() {
    return Map.copyOf(view);
  }
}
