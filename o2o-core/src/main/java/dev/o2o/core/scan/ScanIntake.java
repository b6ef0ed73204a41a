package dev.o2o.core.scan;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ScanSink} every scanner adapter feeds: strips the line's surrounding whitespace, ignores blank lines,
 * recognises the code, stamps it with the injected clock, drops double reads and hands the {@link Scan} to the
 * {@link ScanListener}, on the caller's thread. Thread-safe; scans from one scanner reach the listener in the order
 * that scanner delivered them.
 */
public final class ScanIntake implements ScanSink {

  private static final Logger log = LoggerFactory.getLogger(ScanIntake.class);

  /** The double-read window when none is set: long enough for a trigger held down, short for a second unit. */
  public static final Duration DEFAULT_DOUBLE_READ_WINDOW = Duration.ofMillis(300);

  private final CodeRecogniser recogniser;
  private final DoubleReadWindow doubleReads;
  private final Clock clock;
  private final ScanListener listener;

  private ScanIntake(Builder builder) {
    this.recogniser = builder.recogniser;
    this.doubleReads = new DoubleReadWindow(builder.doubleReadWindow);
    this.clock = builder.clock;
    this.listener = builder.listener;
  }

  /** Starts an intake that tells {@code listener}; the clock must be given, everything else has a default. */
  public static Builder builder(Clock clock, ScanListener listener) {
    return new Builder(clock, listener);
  }

  @Override
  public void receive(ScannerId scanner, String code) {
    Objects.requireNonNull(scanner, "scanner");
    String stripped = code == null ? "" : code.strip();
    if (stripped.isEmpty()) {
      log.debug("{}: blank line ignored", scanner);
      return;
    }
    var at = clock.instant();
    if (!doubleReads.admit(scanner, stripped, at)) {
      log.debug("{}: double read of {} dropped", scanner, stripped);
      return;
    }
    Scan scan = new Scan(stripped, recogniser.recognise(stripped), at, scanner);
    if (scan.recognition() instanceof Recognition.Unrecognised unrecognised) {
      log.info("{}: unrecognised code ({}): {}", scanner, unrecognised.reason(), unrecognised.detail());
    } else {
      log.debug("{}", scan);
    }
    listener.onScan(scan);
  }

  /** Configures a {@link ScanIntake}; settings not given keep their stated defaults. */
  public static final class Builder {

    private final Clock clock;
    private final ScanListener listener;
    private CodeRecogniser recogniser = CodeRecogniser.standard();
    private Duration doubleReadWindow = DEFAULT_DOUBLE_READ_WINDOW;

    private Builder(Clock clock, ScanListener listener) {
      this.clock = Objects.requireNonNull(clock, "clock");
      this.listener = Objects.requireNonNull(listener, "scan listener");
    }

    /** The recogniser (default {@link CodeRecogniser#standard()}). */
    public Builder recogniser(CodeRecogniser recogniser) {
      this.recogniser = Objects.requireNonNull(recogniser, "recogniser");
      return this;
    }

    /** The double-read window (default {@link #DEFAULT_DOUBLE_READ_WINDOW}; zero turns it off). */
    public Builder doubleReadWindow(Duration window) {
      this.doubleReadWindow = Objects.requireNonNull(window, "double-read window");
      return this;
    }

    public ScanIntake build() {
      return new ScanIntake(this);
    }
  }
}
