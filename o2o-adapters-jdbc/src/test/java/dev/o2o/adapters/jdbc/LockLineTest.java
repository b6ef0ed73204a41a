package dev.o2o.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line of a process's threads for one row: one at a time, patience bounded, lines dropped when empty. */
class LockLineTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(16);

  @AfterEach
  void tearDown() {
    threads.shutdownNow();
  }

  @Test
  void givenSixteenThreadsForOneRow_whenTheyLineUp_thenOneAtATimeLocksAndTheLineIsDroppedAfterwards()
      throws Exception {
    LockLine line = new LockLine(10_000);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> done = new ArrayList<>();
    for (int t = 0; t < 16; t++) {
      done.add(threads.submit(() -> {
        go.await();
        int runs = 0;
        for (int i = 0; i < 50; i++) {
          runs += line.inTurn("hot", () -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            inside.decrementAndGet();
            return 1;
          });
        }
        return runs;
      }));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> future : done) {
      total += future.get(30, TimeUnit.SECONDS);
    }

    assertThat(total).isEqualTo(16 * 50);
    assertThat(most).hasValue(1);
    assertThat(line.size()).isZero();
  }

  @Test
  void givenAThreadThatHoldsItsTurn_whenAnotherRunsOutOfPatience_thenItGoesOnWithoutTheTurn() throws Exception {
    LockLine line = new LockLine(50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<String> holder = threads.submit(() -> line.inTurn("row", () -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "held";
    }));
    holding.await();

    long start = System.nanoTime();
    String second = line.inTurn("row", () -> "went on");
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    release.countDown();

    assertThat(second).isEqualTo("went on");
    assertThat(waitedMillis).isBetween(40L, 5_000L);
    assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("held");
    assertThat(line.size()).isZero();
  }

  @Test
  void givenTwoRows_whenOneIsHeld_thenTheOtherDoesNotWait() throws Exception {
    LockLine line = new LockLine(10_000);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    threads.submit(() -> line.inTurn("a", () -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    holding.await();

    long start = System.nanoTime();
    line.inTurn("b", () -> null);
    release.countDown();

    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1_000L);
  }
}
