package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The outbox under random histories of one relay: events appended before and during sends, sends that succeed or fail
 * and are retried later. Whatever the history, once the relay has drained the outbox the last state the mall received
 * for each SKU is the latest one appended (coalescing never loses it, and no older state arrives after it), and every
 * event without a coalescing key arrived at least once. Each example works on SKUs of its own and drains the outbox, so
 * one backend serves every example.
 */
public abstract class OutboxPropertiesContract {

  private static final Duration LEASE = Duration.ofHours(1);
  private static final int KEYS = 3;

  private CoreBackend backend;
  private Outbox outbox;
  private Instant now = Instant.parse("2026-11-02T01:00:00Z");
  private final AtomicInteger examples = new AtomicInteger();

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  /** Examples per property: at least 1,000 for the in-memory ports; a slower backend may run fewer. */
  protected int examples() {
    return 1000;
  }

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    outbox = backend.outbox();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  /**
   * One step: an append (of SKU state {@code key}, or of a pickup event when {@code key} is {@value #KEYS}), or a
   * round that claims up to {@code max}, appends {@code during} while the send is in flight, then acknowledges (the
   * mall took it) or releases the batch for {@code retryAfter} seconds; then time moves on {@code pause} seconds.
   */
  record Step(boolean round, int key, int max, List<Integer> during, boolean mallUp, int retryAfter, int pause) {
    @Override
    public String toString() {
      return round
          ? "round(max " + max + ", during " + during + (mallUp ? ", sent" : ", failed, retry in " + retryAfter) + ")"
          : "append " + (key == KEYS ? "pickup" : "sku" + key);
    }
  }

  private static Gen<Step> steps() {
    Gen<Integer> keys = integers().between(0, KEYS);
    Gen<Step> appends = keys.zip(integers().between(0, 2),
        (key, pause) -> new Step(false, key, 0, List.of(), true, 0, pause));
    Gen<Step> rounds = integers().between(1, 4).zip(lists().of(keys).ofSizeBetween(0, 3), booleans().all(),
        integers().between(0, 5), (max, during, up, retry) -> new Step(true, 0, max, during, up, retry, 1));
    return appends.mix(rounds, 50);
  }

  @Test
  void givenAnyHistoryOfChangesAndFailedSends_whenTheOutboxIsDrained_thenTheMallEndsWithEveryLatestState() {
    qt().withExamples(examples()).forAll(lists().of(steps()).ofSizeBetween(1, 25)).checkAssert(this::play);
  }

  private void play(List<Step> history) {
    String prefix = "P" + examples.incrementAndGet() + "-";
    Map<SkuCode, MallEvent> latest = new HashMap<>();
    List<MallEvent> appendedPickups = new ArrayList<>();
    List<MallEvent> received = new ArrayList<>();
    AtomicInteger values = new AtomicInteger();
    java.util.function.IntConsumer append = key -> {
      MallEvent event = key == KEYS
          ? new MallEvent.PickupStateChanged(prefix + values.incrementAndGet(), LocationId.store("ST-1"), "ACCEPTED",
              Optional.empty())
          : new MallEvent.SkuStateChanged(SkuCode.of(prefix + key), false, false, values.incrementAndGet());
      outbox.append(event, now);
      if (event instanceof MallEvent.SkuStateChanged state) {
        latest.put(state.sku(), state);
      } else {
        appendedPickups.add(event);
      }
    };
    for (Step step : history) {
      if (step.round()) {
        List<OutboxEntry> batch = outbox.claim(step.max(), now, LEASE);
        step.during().forEach(append::accept);
        List<Long> ids = batch.stream().map(OutboxEntry::id).toList();
        if (step.mallUp()) {
          batch.forEach(entry -> received.add(entry.event()));
          outbox.acknowledge(ids);
        } else {
          outbox.release(ids, now.plusSeconds(step.retryAfter()));
        }
      } else {
        append.accept(step.key());
      }
      now = now.plusSeconds(step.pause());
    }
    now = now.plusSeconds(60);
    List<OutboxEntry> batch;
    while (!(batch = outbox.claim(7, now, LEASE)).isEmpty()) {
      batch.forEach(entry -> received.add(entry.event()));
      outbox.acknowledge(batch.stream().map(OutboxEntry::id).toList());
    }

    assertThat(outbox.pendingCount()).as("pending after draining").isZero();
    Map<SkuCode, MallEvent> lastReceived = new HashMap<>();
    received.stream()
        .filter(MallEvent.SkuStateChanged.class::isInstance)
        .forEach(event -> lastReceived.put(((MallEvent.SkuStateChanged) event).sku(), event));
    assertThat(lastReceived).as("the last state the mall received, per SKU").isEqualTo(latest);
    assertThat(received).as("events without a coalescing key").containsAll(appendedPickups);
  }
}
