package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of the {@link Outbox} port: order, coalescing, claims, acknowledgement, release, concurrency. */
public abstract class OutboxContract {

  private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  private CoreBackend backend;
  private Outbox outbox;

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    outbox = backend.outbox();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private static MallEvent.SkuStateChanged state(String sku, int sellable) {
    return new MallEvent.SkuStateChanged(SkuCode.of(sku), false, false, sellable);
  }

  private static MallEvent.PickupStateChanged pickup(String order) {
    return new MallEvent.PickupStateChanged(order, LocationId.store("ST-GANGNAM"), "ACCEPTED", Optional.empty());
  }

  private static List<MallEvent> events(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::event).toList();
  }

  private static List<Long> ids(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::id).toList();
  }

  @Test
  void givenEvents_whenClaimed_thenOldestFirstUpToTheBatchSize() {
    outbox.append(pickup("A-1"), T0);
    outbox.append(pickup("A-2"), T0);
    outbox.append(state("TS-1", 3), T0);
    List<OutboxEntry> claimed = outbox.claim(2, T0, LEASE);
    assertThat(events(claimed)).containsExactly(pickup("A-1"), pickup("A-2"));
    assertThat(claimed).allSatisfy(e -> assertThat(e.attempts()).isEqualTo(1));
    assertThat(outbox.pendingCount()).isEqualTo(3);
  }

  @Test
  void givenSkuStatesWaiting_whenTheSameSkuChangesAgain_thenOnlyTheLatestStateWaits() {
    outbox.append(state("TS-1", 3), T0);
    outbox.append(state("TS-2", 1), T0);
    outbox.append(state("TS-1", 0), T0.plusSeconds(1));
    assertThat(outbox.pendingCount()).isEqualTo(2);
    assertThat(events(outbox.claim(10, T0.plusSeconds(2), LEASE))).containsExactly(state("TS-1", 0), state("TS-2", 1));
  }

  @Test
  void givenPickupEvents_whenAppended_thenNoneIsCoalesced() {
    outbox.append(pickup("A-1"), T0);
    outbox.append(pickup("A-1"), T0);
    assertThat(outbox.pendingCount()).isEqualTo(2);
  }

  @Test
  void givenClaimedState_whenTheSkuChangesDuringTheSend_thenTheNewStateIsSentAfterIt() {
    outbox.append(state("TS-1", 3), T0);
    List<OutboxEntry> inFlight = outbox.claim(10, T0, LEASE);
    outbox.append(state("TS-1", 0), T0.plusSeconds(1));
    assertThat(outbox.claim(10, T0.plusSeconds(1), LEASE)).extracting(OutboxEntry::event)
        .containsExactly(state("TS-1", 0));
    outbox.acknowledge(ids(inFlight));
    assertThat(outbox.pendingCount()).isEqualTo(1);
  }

  @Test
  void givenClaimedEntries_whenAcknowledged_thenTheyAreGone() {
    outbox.append(pickup("A-1"), T0);
    outbox.append(pickup("A-2"), T0);
    List<OutboxEntry> claimed = outbox.claim(1, T0, LEASE);
    outbox.acknowledge(ids(claimed));
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(events(outbox.claim(10, T0, LEASE))).containsExactly(pickup("A-2"));
  }

  @Test
  void givenClaimedEntries_whenAnotherRelayClaims_thenItGetsNothingUntilTheLeaseLapses() {
    outbox.append(pickup("A-1"), T0);
    assertThat(outbox.claim(10, T0, LEASE)).hasSize(1);
    assertThat(outbox.claim(10, T0.plusSeconds(30), LEASE)).isEmpty();
    List<OutboxEntry> reclaimed = outbox.claim(10, T0.plus(LEASE), LEASE);
    assertThat(reclaimed).singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
  }

  @Test
  void givenReleasedEntries_whenClaimedBeforeTheirTime_thenTheyWait() {
    outbox.append(pickup("A-1"), T0);
    List<OutboxEntry> claimed = outbox.claim(10, T0, LEASE);
    outbox.release(ids(claimed), T0.plusSeconds(20));
    assertThat(outbox.claim(10, T0.plusSeconds(10), LEASE)).isEmpty();
    assertThat(events(outbox.claim(10, T0.plusSeconds(20), LEASE))).containsExactly(pickup("A-1"));
  }

  @Test
  void givenAppendInsideAFailedTransaction_whenRolledBack_thenNothingWaits() {
    outbox.append(state("TS-1", 3), T0);
    assertThatThrownBy(() -> backend.transactions().run(() -> {
      outbox.append(pickup("A-1"), T0);
      outbox.append(state("TS-1", 9), T0);
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(events(outbox.claim(10, T0, LEASE))).containsExactly(state("TS-1", 3));
  }

  @Test
  void givenManyRelays_whenTheyClaimAtOnce_thenNoEntryIsClaimedTwice() throws Exception {
    int count = 200;
    for (int i = 0; i < count; i++) {
      outbox.append(pickup("A-" + i), T0);
    }
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    List<Long> duplicates = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExecutorService relays = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      running.add(relays.submit(() -> {
        List<OutboxEntry> batch;
        while (!(batch = outbox.claim(7, T0, LEASE)).isEmpty()) {
          for (OutboxEntry entry : batch) {
            if (!seen.add(entry.id())) {
              duplicates.add(entry.id());
            }
          }
          outbox.acknowledge(ids(batch));
        }
      }));
    }
    for (Future<?> relay : running) {
      relay.get(2, TimeUnit.MINUTES);
    }
    relays.shutdown();
    assertThat(duplicates).isEmpty();
    assertThat(seen).hasSize(count);
    assertThat(outbox.pendingCount()).isZero();
  }

  @Test
  void givenAFailedSendOfAState_whenTheSkuChangedDuringIt_thenTheOldStateIsDroppedAndOnlyTheLatestIsSent() {
    outbox.append(state("TS-1", 3), T0);
    List<OutboxEntry> inFlight = outbox.claim(10, T0, LEASE);
    outbox.append(state("TS-1", 2), T0.plusSeconds(1));
    outbox.release(ids(inFlight), T0.plusSeconds(30));
    assertThat(outbox.pendingCount()).isEqualTo(1);
    List<OutboxEntry> next = outbox.claim(10, T0.plusSeconds(1), LEASE);
    assertThat(events(next)).containsExactly(state("TS-1", 2));
    outbox.acknowledge(ids(next));
    assertThat(outbox.claim(10, T0.plusSeconds(30), LEASE)).isEmpty();
    assertThat(outbox.pendingCount()).isZero();
  }

  @Test
  void givenAReleasedState_whenTheSkuChangesAgain_thenTheReleasedEntryTakesTheLatestState() {
    outbox.append(state("TS-1", 3), T0);
    List<OutboxEntry> failed = outbox.claim(10, T0, LEASE);
    outbox.release(ids(failed), T0.plusSeconds(5));
    outbox.append(state("TS-1", 1), T0.plusSeconds(1));
    assertThat(outbox.pendingCount()).isEqualTo(1);
    assertThat(outbox.claim(10, T0.plusSeconds(1), LEASE)).isEmpty();
    assertThat(outbox.claim(10, T0.plusSeconds(5), LEASE)).singleElement().satisfies(e -> {
      assertThat(e.event()).isEqualTo(state("TS-1", 1));
      assertThat(e.attempts()).isEqualTo(2);
    });
  }

  @Test
  void givenTheNewestStateInFlight_whenAnOlderOneIsReleasedAndTheSkuChangesAgain_thenTheLatestIsSentLast() {
    outbox.append(state("TS-1", 5), T0);
    List<OutboxEntry> first = outbox.claim(10, T0, LEASE);
    outbox.append(state("TS-1", 4), T0);
    List<OutboxEntry> second = outbox.claim(10, T0, LEASE);
    assertThat(events(second)).containsExactly(state("TS-1", 4));
    outbox.release(ids(first), T0);
    outbox.append(state("TS-1", 3), T0);
    outbox.acknowledge(ids(second));
    assertThat(events(outbox.claim(10, T0, LEASE))).containsExactly(state("TS-1", 3));
  }

  @Test
  void givenAReleasedPickupEvent_whenAnotherEventFollows_thenNeitherIsDropped() {
    outbox.append(pickup("A-1"), T0);
    List<OutboxEntry> failed = outbox.claim(10, T0, LEASE);
    outbox.append(pickup("A-1"), T0);
    outbox.release(ids(failed), T0);
    assertThat(events(outbox.claim(10, T0, LEASE))).containsExactly(pickup("A-1"), pickup("A-1"));
  }
}
