package dev.o2o.core.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.ChangeStatus;
import dev.o2o.core.status.StatusUpdate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever the sequence of status changes, stock movements, safety-stock changes, mall failures, ticks, on-demand
 * sends and changes made while a send is in flight: once the mall is up and the scheduler has run, the mall's view of
 * every SKU equals the library's and nothing is pending.
 */
class MallSyncPropertiesTest {

  private static final Duration INTERVAL = Duration.ofSeconds(10);
  private static final Duration MAX_RETRY = Duration.ofSeconds(80);

  /** One thing that happens. */
  sealed interface Step {
    void apply(MallWorld world);
  }

  /** A change of the SKU's forced sold-out and limited stock flags. */
  record SetStatus(int sku, boolean forcedSoldOut, boolean limitedStock) implements Step {
    @Override
    public void apply(MallWorld world) {
      world.statuses.change(ChangeStatus.ofSku(MallWorld.SKUS.get(sku),
          StatusUpdate.builder().forcedSoldOut(forcedSoldOut).limitedStock(limitedStock).build(),
          MallWorld.MERCHANDISER));
    }
  }

  /** Stock received, or sold at the till (refused when there is not enough), at one location. */
  record Move(int sku, int location, boolean receive, int quantity) implements Step {
    @Override
    public void apply(MallWorld world) {
      SkuCode code = MallWorld.SKUS.get(sku);
      LocationId at = MallWorld.LOCATIONS.get(location);
      if (receive) {
        world.receive(code, at, quantity);
      } else {
        world.sell(code, at, quantity);
      }
    }
  }

  /** A new safety stock at one location. */
  record Safety(int sku, int location, int quantity) implements Step {
    @Override
    public void apply(MallWorld world) {
      world.safetyStock(MallWorld.SKUS.get(sku), MallWorld.LOCATIONS.get(location), quantity);
    }
  }

  /** The mall goes down or comes up. */
  record Mall(boolean up) implements Step {
    @Override
    public void apply(MallWorld world) {
      if (up) {
        world.mall.comeUp();
      } else {
        world.mall.goDown();
      }
    }
  }

  /** Time passes; the scheduler ticks. */
  record Wait(int seconds) implements Step {
    @Override
    public void apply(MallWorld world) {
      world.executor.advance(Duration.ofSeconds(seconds));
    }
  }

  /** The host presses "send now". */
  record SendNow() implements Step {
    @Override
    public void apply(MallWorld world) {
      world.scheduler.sendNow();
    }
  }

  /** A change made while the next send is in flight. */
  record DuringNextSend(Step change) implements Step {
    @Override
    public void apply(MallWorld world) {
      AtomicBoolean done = new AtomicBoolean();
      world.mall.whileSending(() -> {
        if (done.compareAndSet(false, true)) {
          change.apply(world);
        }
      });
    }
  }

  private static Gen<Step> changes() {
    Gen<Integer> skus = integers().between(0, MallWorld.SKUS.size() - 1);
    Gen<Integer> locations = integers().between(0, MallWorld.LOCATIONS.size() - 1);
    Gen<Step> statuses = skus.zip(booleans().all(), booleans().all(), SetStatus::new);
    Gen<Step> moves = skus.zip(locations, booleans().all(), integers().between(1, 4), Move::new);
    Gen<Step> safety = skus.zip(locations, integers().between(0, 3), Safety::new);
    return statuses.mix(moves, 60).mix(safety, 15);
  }

  private static Gen<Step> steps() {
    Gen<Step> mall = booleans().all().map(Mall::new);
    Gen<Step> waits = integers().between(1, 40).map(Wait::new);
    Gen<Step> sendNow = integers().between(0, 0).map(i -> new SendNow());
    Gen<Step> during = changes().map(DuringNextSend::new);
    return changes().mix(mall, 15).mix(waits, 35).mix(sendNow, 10).mix(during, 10);
  }

  @Test
  void givenAnyChangesAndMallFailures_whenTheMallRecoversAndTheSchedulerRuns_thenTheMallSeesWhatTheLibrarySees() {
    qt().withExamples(500)
        .forAll(lists().of(steps()).ofSizeBetween(1, 40), integers().between(1, 3), booleans().all())
        .checkAssert((history, batchSize, refreshing) -> {
          SchedulerSettings settings = SchedulerSettings.defaults().withInterval(INTERVAL).withBatchSize(batchSize)
              .withRetryDelays(INTERVAL, MAX_RETRY);
          MallWorld world = new MallWorld(settings, refreshing, List.of());
          world.scheduler.start();
          history.forEach(step -> step.apply(world));

          world.mall.whileSending(() -> {});
          world.mall.comeUp();
          world.executor.advance(MAX_RETRY.plus(INTERVAL));

          assertThat(world.scheduler.pendingCount()).as("pending").isZero();
          assertThat(world.mallView()).as("the mall's view").isEqualTo(world.libraryView());
        });
  }
}
