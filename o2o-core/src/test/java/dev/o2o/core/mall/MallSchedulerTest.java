package dev.o2o.core.mall;

import static dev.o2o.core.mall.MallWorld.BLACK_M;
import static dev.o2o.core.mall.MallWorld.COAT;
import static dev.o2o.core.mall.MallWorld.T0;
import static dev.o2o.core.mall.MallWorld.WAREHOUSE;
import static dev.o2o.core.mall.MallWorld.WHITE_M;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallEvent.SkuStateChanged;
import dev.o2o.core.event.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class MallSchedulerTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
  private static final SchedulerSettings SETTINGS = SchedulerSettings.defaults()
      .withInterval(TEN_SECONDS)
      .withBatchSize(2)
      .withRetryDelays(TEN_SECONDS, Duration.ofSeconds(80));

  private final MallWorld world = new MallWorld(SETTINGS);
  private final FakeMall mall = world.mall;

  @Test
  void givenPendingStates_whenTheSchedulerIsNotStarted_thenNothingIsSent() {
    world.receive(COAT, WAREHOUSE, 3);
    world.executor.advance(Duration.ofMinutes(5));
    assertThat(mall.attempts()).isEmpty();
    assertThat(world.scheduler.pendingCount()).isEqualTo(1);
    assertThat(world.scheduler.lastSuccessfulSend()).isEmpty();
  }

  @Test
  void givenAStartedScheduler_whenItTicks_thenPendingStatesGoInBatchesOfTheConfiguredSizeOldestFirst() {
    world.receive(COAT, WAREHOUSE, 3);
    world.receive(BLACK_M, WAREHOUSE, 1);
    world.receive(WHITE_M, WAREHOUSE, 2);
    world.scheduler.start();
    world.executor.runDueTasks();

    assertThat(mall.batches()).containsExactly(
        List.of(new SkuStateChanged(COAT, false, false, 3), new SkuStateChanged(BLACK_M, false, false, 1)),
        List.of(new SkuStateChanged(WHITE_M, false, false, 2)));
    assertThat(world.scheduler.pendingCount()).isZero();
    assertThat(world.scheduler.lastSuccessfulSend()).contains(T0);
  }

  @Test
  void givenAStartedScheduler_whenChangesComeBetweenTicks_thenEachGoesAtTheNextTickAndTheLastSendTimeMoves() {
    world.scheduler.start();
    world.executor.runDueTasks();
    world.executor.advance(Duration.ofSeconds(3));
    world.receive(COAT, WAREHOUSE, 3);
    world.executor.advance(Duration.ofSeconds(6));
    assertThat(mall.received()).isEmpty();
    world.executor.advance(Duration.ofSeconds(1));
    assertThat(mall.received()).containsExactly(new SkuStateChanged(COAT, false, false, 3));
    assertThat(world.scheduler.lastSuccessfulSend()).contains(T0.plusSeconds(10));
  }

  @Test
  void givenAStoppedScheduler_whenTimePasses_thenNothingMoreIsSentButSendNowStillWorks() {
    world.scheduler.start();
    world.executor.runDueTasks();
    world.scheduler.stop();
    assertThat(world.scheduler.isRunning()).isFalse();
    world.receive(COAT, WAREHOUSE, 3);
    world.executor.advance(Duration.ofMinutes(5));
    assertThat(mall.received()).isEmpty();
    assertThat(world.executor.scheduledCount()).isZero();

    assertThat(world.scheduler.sendNow()).isEqualTo(new SendOutcome.Sent(1, 1));
    assertThat(mall.received()).containsExactly(new SkuStateChanged(COAT, false, false, 3));
  }

  @Test
  void givenARunningScheduler_whenStartedAgain_thenItStillTicksOnce() {
    world.scheduler.start();
    world.scheduler.start();
    assertThat(world.executor.scheduledCount()).isEqualTo(1);
  }

  @Test
  void givenTheMallDownForSeveralTicks_whenItComesBack_thenEverySkusLatestStateArrivesOnceAndNoneIsLost() {
    world.scheduler.start();
    mall.goDown();
    world.receive(COAT, WAREHOUSE, 3);
    world.receive(BLACK_M, WAREHOUSE, 5);
    for (int tick = 0; tick < 6; tick++) {
      world.executor.advance(TEN_SECONDS);
      world.sell(COAT, WAREHOUSE, 1);
      world.forceSoldOut(BLACK_M, tick % 2 == 0);
    }
    world.receive(WHITE_M, WAREHOUSE, 1);
    assertThat(world.scheduler.pendingCount()).isEqualTo(3);
    assertThat(mall.received()).isEmpty();

    mall.comeUp();
    world.executor.advance(Duration.ofSeconds(80));

    assertThat(mall.received()).containsExactlyInAnyOrder(
        new SkuStateChanged(COAT, false, false, 0),
        new SkuStateChanged(BLACK_M, false, false, 5),
        new SkuStateChanged(WHITE_M, false, false, 1));
    assertThat(world.mallView()).isEqualTo(world.libraryView());
    assertThat(world.scheduler.pendingCount()).isZero();
  }

  @Test
  void givenTheMallDown_whenTheSchedulerRetries_thenTheWaitDoublesAfterEachFailureUpToTheMaximum() {
    world.receive(COAT, WAREHOUSE, 3);
    mall.goDown();
    world.scheduler.start();
    world.executor.advance(Duration.ofSeconds(400));
    assertThat(mall.attempts()).containsExactly(
        T0, T0.plusSeconds(10), T0.plusSeconds(30), T0.plusSeconds(70), T0.plusSeconds(150), T0.plusSeconds(230),
        T0.plusSeconds(310), T0.plusSeconds(390));

    mall.comeUp();
    world.executor.advance(Duration.ofSeconds(80));
    assertThat(mall.received()).containsExactly(new SkuStateChanged(COAT, false, false, 3));
    assertThat(world.scheduler.lastSuccessfulSend()).contains(T0.plusSeconds(470));

    world.receive(COAT, WAREHOUSE, 1);
    world.executor.advance(TEN_SECONDS);
    assertThat(mall.received()).as("after a success the scheduler is back to its interval").hasSize(2);
  }

  @Test
  void givenTheSchedulerBackingOff_whenTheHostSendsNow_thenItTriesAtOnce() {
    world.receive(COAT, WAREHOUSE, 3);
    mall.goDown();
    world.scheduler.start();
    world.executor.runDueTasks();
    assertThat(world.scheduler.sendNow()).isInstanceOfSatisfying(SendOutcome.Failed.class,
        failed -> assertThat(failed.retryAt()).isEqualTo(T0.plusSeconds(20)));
    world.executor.advance(Duration.ofSeconds(15));
    mall.comeUp();
    assertThat(world.scheduler.sendNow()).isEqualTo(new SendOutcome.Sent(1, 1));
    assertThat(world.scheduler.lastSuccessfulSend()).contains(T0.plusSeconds(15));
    assertThat(mall.attempts()).as("the tick at 10 s waited: the second failure doubled the wait")
        .containsExactly(T0, T0, T0.plusSeconds(15));
  }

  @Test
  void givenAChangeWhileASendIsInFlight_whenTheSendEnds_thenTheChangeIsSentAfterIt() {
    world.receive(COAT, WAREHOUSE, 3);
    AtomicBoolean once = new AtomicBoolean();
    mall.whileSending(() -> {
      if (once.compareAndSet(false, true)) {
        world.sell(COAT, WAREHOUSE, 1);
        world.forceSoldOut(BLACK_M, true);
      }
    });
    assertThat(world.scheduler.sendNow()).isEqualTo(new SendOutcome.Sent(3, 2));
    assertThat(mall.batches()).containsExactly(
        List.of(new SkuStateChanged(COAT, false, false, 3)),
        List.of(new SkuStateChanged(COAT, false, false, 2), new SkuStateChanged(BLACK_M, true, false, 0)));
    assertThat(world.mallView()).isEqualTo(world.libraryView());
  }

  @Test
  void givenAChangeWhileAFailingSendIsInFlight_whenTheMallRecovers_thenOnlyTheLatestStateIsSent() {
    world.receive(COAT, WAREHOUSE, 3);
    mall.goDown();
    mall.whileSending(() -> {
      if (world.mallStates.stateOf(COAT).sellableOnline() == 3) {
        world.sell(COAT, WAREHOUSE, 2);
      }
    });
    assertThat(world.scheduler.sendNow()).isInstanceOf(SendOutcome.Failed.class);
    assertThat(world.scheduler.pendingCount()).isEqualTo(1);
    mall.comeUp();
    world.scheduler.sendNow();
    assertThat(mall.received()).containsExactly(new SkuStateChanged(COAT, false, false, 1));
  }

  @Test
  void givenARefreshingScheduler_whenAWrittenStateIsStale_thenTheMallGetsTheStateAsItIsWhenSent() {
    MallWorld refreshing = new MallWorld(SETTINGS, true, List.of());
    refreshing.receive(COAT, WAREHOUSE, 3);
    // A state written by a transaction that did not see a concurrent one (as on a database): stale.
    refreshing.outbox.append(new SkuStateChanged(COAT, true, false, 0), refreshing.clock.instant());
    refreshing.scheduler.sendNow();
    assertThat(refreshing.mall.received()).containsExactly(new SkuStateChanged(COAT, false, false, 3));
  }

  @Test
  void givenAnOutboxThatFails_whenTheSchedulerTicks_thenItBacksOffAndKeepsTicking() {
    Outbox broken = mock(Outbox.class);
    when(broken.claim(anyInt(), any(Instant.class), any(Duration.class)))
        .thenThrow(new IllegalStateException("database down"))
        .thenReturn(List.of());
    MallScheduler scheduler =
        MallScheduler.builder(broken, mall, world.clock, world.executor).settings(SETTINGS).build();
    scheduler.start();
    world.executor.runDueTasks();
    world.executor.advance(TEN_SECONDS);
    world.executor.advance(TEN_SECONDS);
    assertThat(scheduler.isRunning()).isTrue();
    assertThat(world.executor.scheduledCount()).isEqualTo(1);
    assertThat(scheduler.sendNow()).isEqualTo(new SendOutcome.Sent(0, 0));
  }

  @Test
  void givenOtherEventsInTheOutbox_whenSent_thenTheyGoInOrderWithTheSkuStates() {
    MallEvent pickup = new MallEvent.PickupStateChanged("M-1", MallWorld.ONLINE_STORE, "ACCEPTED", Optional.empty());
    world.outbox.append(pickup, T0);
    world.receive(COAT, WAREHOUSE, 3);
    world.scheduler.sendNow();
    assertThat(mall.received()).containsExactly(pickup, new SkuStateChanged(COAT, false, false, 3));
  }
}
