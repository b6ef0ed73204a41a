package dev.o2o.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link Clock} that stands still until it is set or advanced: for tests, simulations and the example runner. */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public ManualClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(start), zone);
  }

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock at {@code start} in Asia/Seoul, the zone of the stores o2o was written for. */
  public static ManualClock at(Instant start) {
    return new ManualClock(start, ZoneId.of("Asia/Seoul"));
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  /** Moves the clock on; refuses to go back. */
  public Instant advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock does not go back: " + duration);
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new ManualClock(now, newZone); // the same time, seen from another zone
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
