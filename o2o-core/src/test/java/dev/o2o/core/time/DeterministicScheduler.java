package dev.o2o.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ScheduledExecutorService} for tests that runs nothing by itself: tasks run on the test's thread when the
 * test {@linkplain #advance(Duration) moves time on} (or {@linkplain #runDueTasks() runs what is due}), in time order,
 * with the {@link ManualClock} set to each task's time. Like the JDK's, a periodic task that throws is not run again.
 */
public final class DeterministicScheduler extends AbstractExecutorService implements ScheduledExecutorService {

  private final ManualClock clock;
  private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
  private long sequence;
  private boolean shutdown;

  public DeterministicScheduler(ManualClock clock) {
    this.clock = clock;
  }

  /** Runs every task due now, including those that the tasks run schedule for now; returns how many ran. */
  public synchronized int runDueTasks() {
    int ran = 0;
    while (!queue.isEmpty() && !queue.peek().at.isAfter(clock.instant())) {
      runNext();
      ran++;
    }
    return ran;
  }

  /** Moves the clock on by {@code duration}, stopping at each task's time to run it; returns how many ran. */
  public synchronized int advance(Duration duration) {
    Instant end = clock.instant().plus(duration);
    int ran = runDueTasks();
    while (!queue.isEmpty() && !queue.peek().at.isAfter(end)) {
      clock.set(queue.peek().at);
      ran += runDueTasks();
    }
    clock.set(end);
    return ran;
  }

  /** When the next task is due, if any is scheduled. */
  public synchronized Optional<Instant> nextRunAt() {
    return Optional.ofNullable(queue.peek()).map(task -> task.at);
  }

  /** How many tasks wait (a periodic task counts once). */
  public synchronized int scheduledCount() {
    return queue.size();
  }

  private void runNext() {
    Task<?> task = queue.poll();
    task.runOnce();
    if (task.period != null && !task.isDone()) {
      task.at = task.fixedRate ? task.at.plus(task.period) : clock.instant().plus(task.period);
      task.order = sequence++;
      queue.add(task);
    }
  }

  private synchronized <V> Task<V> enqueue(Callable<V> work, long delay, TimeUnit unit, Duration period,
      boolean fixedRate) {
    if (shutdown) {
      throw new java.util.concurrent.RejectedExecutionException("the scheduler is shut down");
    }
    Task<V> task = new Task<>(work, clock.instant().plusNanos(unit.toNanos(Math.max(0, delay))), period, fixedRate,
        sequence++);
    queue.add(task);
    return task;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return enqueue(java.util.concurrent.Executors.callable(command), delay, unit, null, false);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return enqueue(callable, delay, unit, null, false);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
    return enqueue(java.util.concurrent.Executors.callable(command), initialDelay, unit,
        Duration.ofNanos(unit.toNanos(period)), true);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
    return enqueue(java.util.concurrent.Executors.callable(command), initialDelay, unit,
        Duration.ofNanos(unit.toNanos(delay)), false);
  }

  @Override
  public void execute(Runnable command) {
    schedule(command, 0, TimeUnit.NANOSECONDS);
  }

  @Override
  public synchronized void shutdown() {
    shutdown = true;
  }

  @Override
  public synchronized List<Runnable> shutdownNow() {
    shutdown = true;
    List<Runnable> waiting = new ArrayList<>(queue);
    queue.clear();
    return waiting;
  }

  @Override
  public synchronized boolean isShutdown() {
    return shutdown;
  }

  @Override
  public synchronized boolean isTerminated() {
    return shutdown && queue.isEmpty();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return isTerminated();
  }

  private synchronized void remove(Task<?> task) {
    queue.remove(task);
  }

  /** A scheduled task and its future; one-shot when {@code period} is null. */
  private final class Task<V> implements ScheduledFuture<V>, Runnable {
    private final Callable<V> work;
    private final Duration period;
    private final boolean fixedRate;
    private Instant at;
    private long order;
    private boolean cancelled;
    private boolean done;
    private V result;
    private Throwable failure;

    Task(Callable<V> work, Instant at, Duration period, boolean fixedRate, long order) {
      this.work = work;
      this.at = at;
      this.period = period;
      this.fixedRate = fixedRate;
      this.order = order;
    }

    void runOnce() {
      try {
        V value = work.call();
        if (period == null) {
          result = value;
          done = true;
        }
      } catch (Exception | Error e) {
        failure = e;
        done = true;
      }
    }

    @Override
    public void run() {
      runOnce();
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(Duration.between(clock.instant(), at));
    }

    @Override
    public int compareTo(Delayed other) {
      Task<?> that = (Task<?>) other;
      int byTime = at.compareTo(that.at);
      return byTime != 0 ? byTime : Long.compare(order, that.order);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      if (done) {
        return false;
      }
      cancelled = true;
      done = true;
      remove(this);
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return done;
    }

    @Override
    public V get() throws ExecutionException {
      if (cancelled) {
        throw new CancellationException();
      }
      if (failure != null) {
        throw new ExecutionException(failure);
      }
      if (!done) {
        throw new IllegalStateException("the task has not run yet: advance the clock");
      }
      return result;
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws ExecutionException, TimeoutException {
      return get();
    }
  }
}
