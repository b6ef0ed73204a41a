package dev.o2o.core.mall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real threads: changes made from several threads while sends are in flight. Latches, no sleeps. */
class MallSchedulerConcurrencyTest {

  private static final int WORKERS = 3;
  private static final int CHANGES_EACH = 300;

  private final ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 2);

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  @Test
  void givenChangesFromManyThreadsWhileSendsAreInFlight_whenAllIsDone_thenTheMallEndsWithEveryLatestState()
      throws Exception {
    for (boolean refreshing : List.of(false, true)) {
      MallWorld world = new MallWorld(SchedulerSettings.defaults().withBatchSize(2), refreshing, List.of());
      MallWorld.SKUS.forEach(sku -> world.receive(sku, MallWorld.WAREHOUSE, 20));
      CountDownLatch inFlight = new CountDownLatch(1);
      CountDownLatch letItLand = new CountDownLatch(1);
      AtomicBoolean first = new AtomicBoolean(true);
      world.mall.whileSending(() -> {
        if (first.compareAndSet(true, false)) {
          inFlight.countDown();
          await(letItLand);
        }
      });
      Future<SendOutcome> firstSend = pool.submit(world.scheduler::sendNow);
      await(inFlight);

      AtomicBoolean working = new AtomicBoolean(true);
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < WORKERS; w++) {
        int seed = w;
        workers.add(pool.submit(() -> change(world, new Random(seed), seed == 0 ? letItLand : null)));
      }
      Future<?> relay = pool.submit(() -> {
        while (working.get()) {
          world.scheduler.sendNow();
        }
      });
      for (Future<?> worker : workers) {
        worker.get(2, TimeUnit.MINUTES);
      }
      working.set(false);
      relay.get(2, TimeUnit.MINUTES);
      assertThat(firstSend.get(2, TimeUnit.MINUTES)).isInstanceOf(SendOutcome.Sent.class);
      world.scheduler.sendNow();

      assertThat(world.scheduler.pendingCount()).isZero();
      assertThat(world.mallView()).as("refreshing " + refreshing).isEqualTo(world.libraryView());
    }
  }

  /** Random status changes and movements; lets the first send land after a few of them. */
  private static void change(MallWorld world, Random random, CountDownLatch letItLand) {
    for (int i = 0; i < CHANGES_EACH; i++) {
      var sku = MallWorld.SKUS.get(random.nextInt(MallWorld.SKUS.size()));
      var location = MallWorld.LOCATIONS.get(random.nextInt(MallWorld.LOCATIONS.size()));
      switch (random.nextInt(4)) {
        case 0 -> world.forceSoldOut(sku, random.nextBoolean());
        case 1 -> world.limitStock(sku, random.nextBoolean());
        case 2 -> world.receive(sku, location, 1 + random.nextInt(3));
        default -> world.sell(sku, location, 1 + random.nextInt(3));
      }
      if (letItLand != null && i == 20) {
        letItLand.countDown();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("gave up waiting: a thread is stuck");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
