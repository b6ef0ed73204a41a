package dev.o2o.core.mall;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallGateway;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay from the {@link Outbox} to the online mall: started and stopped by the host, it sends what is pending
 * every {@linkplain SchedulerSettings#interval() interval} on the host's executor, in batches, oldest first, and on
 * demand ({@link #sendNow()}). A batch leaves the outbox only once the {@link MallGateway} took it, so every event is
 * sent at least once and nothing is lost while the mall is down; after a failure the scheduler backs off exponentially.
 * A change made while a batch is in flight waits in the outbox and goes in a later batch. Rounds never overlap.
 */
public final class MallScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MallScheduler.class);

  private final Outbox outbox;
  private final MallGateway gateway;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final SchedulerSettings settings;
  private final UnaryOperator<List<MallEvent>> beforeSend;

  private final ReentrantLock rounds = new ReentrantLock();
  private int failuresInARow; // guarded by rounds
  private Optional<Instant> retryAt = Optional.empty(); // guarded by rounds
  private volatile Optional<Instant> lastSuccessfulSend = Optional.empty();

  private final Object lifecycle = new Object();
  private Optional<ScheduledFuture<?>> ticking = Optional.empty(); // guarded by lifecycle

  private MallScheduler(Builder builder) {
    this.outbox = builder.outbox;
    this.gateway = builder.gateway;
    this.clock = builder.clock;
    this.executor = builder.executor;
    this.settings = builder.settings;
    this.beforeSend = builder.beforeSend;
  }

  /**
   * A builder of a scheduler that relays {@code outbox} to {@code gateway}, with times from {@code clock}, ticking on
   * {@code executor} (which the host owns and shuts down).
   */
  public static Builder builder(Outbox outbox, MallGateway gateway, Clock clock, ScheduledExecutorService executor) {
    return new Builder(outbox, gateway, clock, executor);
  }

  /** Starts sending on the interval, the first round at once; starting a running scheduler changes nothing. */
  public void start() {
    synchronized (lifecycle) {
      if (ticking.isEmpty()) {
        long interval = settings.interval().toNanos();
        ticking = Optional.of(executor.scheduleWithFixedDelay(this::tick, 0, interval, TimeUnit.NANOSECONDS));
        log.info("mall scheduler started: every {}, {} events a batch", settings.interval(), settings.batchSize());
      }
    }
  }

  /** Stops the interval; a round in progress finishes. {@link #sendNow()} still works. Stopping twice is harmless. */
  public void stop() {
    synchronized (lifecycle) {
      ticking.ifPresent(future -> {
        future.cancel(false);
        log.info("mall scheduler stopped");
      });
      ticking = Optional.empty();
    }
  }

  /** Whether the interval is running. */
  public boolean isRunning() {
    synchronized (lifecycle) {
      return ticking.isPresent();
    }
  }

  /** Stops the scheduler. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Sends everything pending now, on the caller's thread, whatever the interval and any back-off; waits for a round
   * in progress to finish first.
   */
  public SendOutcome sendNow() {
    return round(true);
  }

  /** When the mall last took a batch; empty until it first did. */
  public Optional<Instant> lastSuccessfulSend() {
    return lastSuccessfulSend;
  }

  /** How many events wait in the outbox, in flight or not. */
  public long pendingCount() {
    return outbox.pendingCount();
  }

  public SchedulerSettings settings() {
    return settings;
  }

  private void tick() {
    try {
      round(false);
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again: log and keep ticking.
      log.error("mall scheduler round failed unexpectedly", e);
    }
  }

  private SendOutcome round(boolean onDemand) {
    rounds.lock();
    try {
      Instant now = clock.instant();
      if (!onDemand && retryAt.filter(now::isBefore).isPresent()) {
        return new SendOutcome.BackingOff(retryAt.get());
      }
      int events = 0;
      int batches = 0;
      while (true) {
        List<OutboxEntry> batch;
        List<Long> ids;
        try {
          batch = outbox.claim(settings.batchSize(), now, settings.lease());
          if (batch.isEmpty()) {
            break;
          }
          ids = batch.stream().map(OutboxEntry::id).toList();
          List<MallEvent> toSend = beforeSend.apply(batch.stream().map(OutboxEntry::event).toList());
          try {
            gateway.send(toSend);
          } catch (RuntimeException mallFailed) {
            outbox.release(ids, now);
            return failed(events, batches, "the mall refused " + batch.size() + " event(s)", mallFailed);
          }
        } catch (RuntimeException outboxFailed) {
          // Claimed entries stay claimed until their lease lapses, then go again.
          return failed(events, batches, "the outbox failed", outboxFailed);
        }
        lastSuccessfulSend = Optional.of(clock.instant());
        events += batch.size();
        batches++;
        if (failuresInARow > 0) {
          log.info("the mall takes events again after {} failed attempt(s)", failuresInARow);
          failuresInARow = 0;
          retryAt = Optional.empty();
        }
        try {
          outbox.acknowledge(ids);
        } catch (RuntimeException outboxFailed) {
          return failed(events, batches, "the outbox failed to acknowledge a sent batch", outboxFailed);
        }
        now = clock.instant(); // and on until nothing is due: changes made during this send go next
      }
      if (events > 0) {
        log.debug("sent {} event(s) to the mall in {} batch(es)", events, batches);
      }
      return new SendOutcome.Sent(events, batches);
    } finally {
      rounds.unlock();
    }
  }

  private SendOutcome failed(int events, int batches, String what, RuntimeException cause) {
    failuresInARow++;
    Instant retry = clock.instant().plus(settings.retryDelay(failuresInARow));
    retryAt = Optional.of(retry);
    log.warn("{} (failure {} in a row); retrying from {}", what, failuresInARow, retry, cause);
    return new SendOutcome.Failed(events, batches, what + ": " + cause, retry);
  }

  /** Builds a {@link MallScheduler}: {@link SchedulerSettings#defaults()}, events sent as the outbox holds them. */
  public static final class Builder {
    private final Outbox outbox;
    private final MallGateway gateway;
    private final Clock clock;
    private final ScheduledExecutorService executor;
    private SchedulerSettings settings = SchedulerSettings.defaults();
    private UnaryOperator<List<MallEvent>> beforeSend = UnaryOperator.identity();

    private Builder(Outbox outbox, MallGateway gateway, Clock clock, ScheduledExecutorService executor) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.gateway = Objects.requireNonNull(gateway, "mall gateway");
      this.clock = Objects.requireNonNull(clock, "clock");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    public Builder settings(SchedulerSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /**
     * Sends each SKU's state as it is at the moment of sending rather than as it was written (see
     * {@link MallStates#refreshed}): recommended on a database whose concurrent transactions do not see each other.
     */
    public Builder refreshingStatesFrom(MallStates states) {
      Objects.requireNonNull(states, "mall states");
      this.beforeSend = states::refreshed;
      return this;
    }

    public MallScheduler build() {
      return new MallScheduler(this);
    }
  }
}
