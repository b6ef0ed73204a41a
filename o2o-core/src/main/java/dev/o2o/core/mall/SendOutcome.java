package dev.o2o.core.mall;

import java.time.Instant;
import java.util.Objects;

/** What one round of the {@link MallScheduler} came to. */
public sealed interface SendOutcome {

  /** Every event that was due went to the mall (none, when nothing was pending). */
  record Sent(int events, int batches) implements SendOutcome {}

  /**
   * A send failed (the mall, or the outbox, threw): {@code events} in {@code batches} had gone before it and stay sent;
   * the rest waits, and the scheduler tries again at its first tick from {@code retryAt}.
   */
  record Failed(int events, int batches, String cause, Instant retryAt) implements SendOutcome {

    /** Refuses missing parts. */
    public Failed {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(retryAt, "retry time");
    }
  }

  /** The scheduler is backing off after a failure and did not try; it will at its first tick from {@code retryAt}. */
  record BackingOff(Instant retryAt) implements SendOutcome {

    /** Refuses a missing time. */
    public BackingOff {
      Objects.requireNonNull(retryAt, "retry time");
    }
  }
}
