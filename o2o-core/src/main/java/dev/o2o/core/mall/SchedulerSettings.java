package dev.o2o.core.mall;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link MallScheduler} runs: every {@code interval} it sends what is pending in batches of at most
 * {@code batchSize} events, each batch claimed for {@code lease} (after which another relay may claim it, should this
 * one have died mid-send). After a failed send it waits {@code firstRetryDelay}, doubling the wait after each further
 * failure up to {@code maxRetryDelay}; the wait is counted from the failure and ends at the first tick after it.
 * {@link #defaults()}: every minute, 100 events a batch, a 5-minute lease, retries after 1, 2, 4... minutes, at most
 * 30.
 */
public record SchedulerSettings(
    Duration interval, int batchSize, Duration lease, Duration firstRetryDelay, Duration maxRetryDelay) {

  /** Refuses non-positive durations and sizes, and a maximum retry delay below the first. */
  public SchedulerSettings {
    requirePositive("interval", interval);
    requirePositive("lease", lease);
    requirePositive("first retry delay", firstRetryDelay);
    requirePositive("maximum retry delay", maxRetryDelay);
    if (batchSize < 1) {
      throw new IllegalArgumentException("mall scheduler batch size must be 1 or more, got " + batchSize);
    }
    if (maxRetryDelay.compareTo(firstRetryDelay) < 0) {
      throw new IllegalArgumentException("mall scheduler maximum retry delay " + maxRetryDelay
          + " is below the first retry delay " + firstRetryDelay);
    }
  }

  private static void requirePositive(String what, Duration value) {
    Objects.requireNonNull(value, "mall scheduler " + what);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("mall scheduler " + what + " must be positive, got " + value);
    }
  }

  /** Every minute, 100 events a batch, a 5-minute lease, retries after 1, 2, 4... minutes, at most 30 minutes. */
  public static SchedulerSettings defaults() {
    return new SchedulerSettings(
        Duration.ofMinutes(1), 100, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(30));
  }

  public SchedulerSettings withInterval(Duration value) {
    return new SchedulerSettings(value, batchSize, lease, firstRetryDelay, maxRetryDelay);
  }

  public SchedulerSettings withBatchSize(int value) {
    return new SchedulerSettings(interval, value, lease, firstRetryDelay, maxRetryDelay);
  }

  public SchedulerSettings withLease(Duration value) {
    return new SchedulerSettings(interval, batchSize, value, firstRetryDelay, maxRetryDelay);
  }

  /** The same settings with retries after {@code first}, doubling up to {@code max}. */
  public SchedulerSettings withRetryDelays(Duration first, Duration max) {
    return new SchedulerSettings(interval, batchSize, lease, first, max);
  }

  /**
   * How long to wait after the {@code failures}-th failure in a row (1 for the first): the first retry delay doubled
   * {@code failures − 1} times, at most the maximum.
   */
  public Duration retryDelay(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("a retry delay follows at least one failure, got " + failures);
    }
    Duration delay = firstRetryDelay;
    for (int i = 1; i < failures && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
