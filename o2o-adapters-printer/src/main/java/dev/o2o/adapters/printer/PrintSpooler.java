package dev.o2o.adapters.printer;

import dev.o2o.adapters.printer.connection.PrinterConnection;
import dev.o2o.adapters.printer.connection.PrinterException;
import dev.o2o.adapters.printer.escpos.SlipEncoder;
import dev.o2o.adapters.printer.layout.DocumentCodec;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.core.model.Checks;
import dev.o2o.core.print.PrintJob;
import dev.o2o.core.print.PrintQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the slips of one printer from the {@link PrintQueue} to its {@link PrinterConnection}.
 *
 * <p><b>Guarantee: at least once, in order.</b> A slip handed to {@link #enqueue} (which joins the caller's
 * transaction) leaves the queue only after the connection took it whole, as the connection defines it: for TCP with
 * status confirmation (the default) the printer answered a status request sent after the last byte; for serial, files
 * and streams every byte was written and flushed. The slips of one printer print in the order they were queued: a slip
 * that fails holds back those behind it and is tried again with exponential back-off (doubling from the first delay up
 * to the longest), without end, each failure reported to the {@link PrintListener}. A slip whose attempt broke off
 * after bytes had gone out (the connection broke, timed out or the printer went offline mid-slip), or whose printing
 * process died (its queue claim lapsed), may be partly on paper: it is printed again whole, from its first line,
 * marked as a reprint. So a slip is never lost, and may be on paper twice (the first time cut off, or whole when the
 * printer took it but the confirmation did not come back).
 *
 * <p>Not guaranteed: that paper came out. A printer that takes every byte and then jams, or that loses power with the
 * slip in its buffer, is not detected; without status confirmation neither is a connection that breaks after the
 * operating system took the bytes. A slip that cannot be rendered at all (a corrupted queue entry) is retried at the
 * longest back-off and reported each time; the host removes it with {@link PrintQueue#complete}.
 *
 * <p>Thread-safe: {@link #drain()} runs one at a time per spooler, and the queue's claims keep two spoolers of the
 * same printer from printing the same slip at once.
 */
public final class PrintSpooler {

  private static final Logger log = LoggerFactory.getLogger(PrintSpooler.class);

  private final PrintQueue queue;
  private final String printer;
  private final SlipEncoder encoder;
  private final PrinterConnection connection;
  private final Clock clock;
  private final Duration firstBackoff;
  private final Duration longestBackoff;
  private final Duration lease;
  private final int maxSlipsPerDrain;
  private final PrintListener listener;
  private final ReentrantLock draining = new ReentrantLock();

  private PrintSpooler(Builder builder) {
    this.queue = builder.queue;
    this.printer = builder.printer;
    this.encoder = builder.encoder;
    this.connection = builder.connection;
    this.clock = builder.clock;
    this.firstBackoff = builder.firstBackoff;
    this.longestBackoff = builder.longestBackoff;
    this.lease = builder.lease;
    this.maxSlipsPerDrain = builder.maxSlipsPerDrain;
    this.listener = builder.listener;
  }

  /**
   * A spooler for the printer named {@code printer} in the queue; defaults: back-off from 2 s to 5 min, a 5 min claim
   * lease, at most 100 slips a drain, a listener that does nothing.
   */
  public static Builder builder(PrintQueue queue, String printer, SlipEncoder encoder, PrinterConnection connection,
      Clock clock) {
    return new Builder(queue, printer, encoder, connection, clock);
  }

  /** The name of the printer in the queue. */
  public String printer() {
    return printer;
  }

  /** Queues a slip for this printer, in the caller's transaction when there is one, and returns its job id. */
  public long enqueue(SlipDocument document) {
    return queue.enqueue(printer, DocumentCodec.write(document), clock.instant());
  }

  /**
   * Prints the printer's due slips, oldest first, until none is due, one fails, or {@code maxSlipsPerDrain} were
   * printed. Returns at once, printing nothing, while another drain of this spooler runs.
   */
  public DrainReport drain() {
    if (!draining.tryLock()) {
      return new DrainReport(0, Optional.empty());
    }
    try {
      int printed = 0;
      while (printed < maxSlipsPerDrain) {
        Optional<PrintJob> claimed = queue.claimHead(printer, clock.instant(), lease);
        if (claimed.isEmpty()) {
          break;
        }
        Optional<String> failure = print(claimed.get());
        if (failure.isPresent()) {
          return new DrainReport(printed, failure);
        }
        printed++;
      }
      return new DrainReport(printed, Optional.empty());
    } finally {
      draining.unlock();
    }
  }

  /** Drains every {@code interval} on the host's executor, until the returned future is cancelled. */
  public ScheduledFuture<?> scheduleOn(ScheduledExecutorService executor, Duration interval) {
    return executor.scheduleWithFixedDelay(this::drainLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void drainLogged() {
    try {
      drain();
    } catch (RuntimeException e) {
      log.error("printer {}: draining the print queue failed; trying again at the next interval", printer, e);
    }
  }

  private Optional<String> print(PrintJob job) {
    byte[] bytes;
    try {
      SlipDocument document = DocumentCodec.read(job.document());
      bytes = encoder.encode(job.mayHavePrinted() ? document.asReprint() : document);
    } catch (RuntimeException e) {
      PrinterException unprintable = PrinterException.unreachable(
          "print job " + job.id() + " cannot be rendered: " + e.getMessage(), e);
      return Optional.of(retryLater(job, unprintable, longestBackoff));
    }
    try {
      connection.send(bytes);
    } catch (PrinterException e) {
      return Optional.of(retryLater(job, e, backoff(job.attempts())));
    }
    queue.complete(job.id());
    log.debug("printer {}: printed job {} (attempt {}, reprint {})", printer, job.id(), job.attempts(),
        job.mayHavePrinted());
    tell(() -> listener.printed(job));
    return Optional.empty();
  }

  private String retryLater(PrintJob job, PrinterException failure, Duration delay) {
    Instant next = clock.instant().plus(delay);
    queue.retryLater(job.id(), next, failure.mayHavePrinted(), failure.getMessage());
    log.warn("printer {}: job {} attempt {} failed ({}); next attempt at {}", printer, job.id(), job.attempts(),
        failure.getMessage(), next);
    tell(() -> listener.failed(job, failure, next));
    return failure.getMessage();
  }

  /** The wait after the {@code attempts}-th failed attempt: the first delay, doubled each time, up to the longest. */
  Duration backoff(int attempts) {
    Duration delay = firstBackoff;
    for (int i = 1; i < attempts && delay.compareTo(longestBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longestBackoff) > 0 ? longestBackoff : delay;
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.error("printer {}: the print listener failed", printer, e);
    }
  }

  /** Settings of a {@link PrintSpooler}; each setter states its default. */
  public static final class Builder {
    private final PrintQueue queue;
    private final String printer;
    private final SlipEncoder encoder;
    private final PrinterConnection connection;
    private final Clock clock;
    private Duration firstBackoff = Duration.ofSeconds(2);
    private Duration longestBackoff = Duration.ofMinutes(5);
    private Duration lease = Duration.ofMinutes(5);
    private int maxSlipsPerDrain = 100;
    private PrintListener listener = new PrintListener() {};

    private Builder(PrintQueue queue, String printer, SlipEncoder encoder, PrinterConnection connection, Clock clock) {
      this.queue = Objects.requireNonNull(queue, "print queue");
      this.printer = Checks.requireCode("printer name", printer);
      this.encoder = Objects.requireNonNull(encoder, "slip encoder");
      this.connection = Objects.requireNonNull(connection, "printer connection");
      this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The wait after the first failure, doubled after each further one up to {@code longest}; default 2 s, 5 min. */
    public Builder backoff(Duration first, Duration longest) {
      positive("first back-off", first);
      positive("longest back-off", longest);
      if (longest.compareTo(first) < 0) {
        throw new IllegalArgumentException("longest back-off " + longest + " is shorter than the first " + first);
      }
      this.firstBackoff = first;
      this.longestBackoff = longest;
      return this;
    }

    /**
     * How long a claim on a slip lasts; a spooler that dies while printing frees it after this. Must exceed the time
     * one slip can take (connect, write and status timeouts together); default 5 min.
     */
    public Builder lease(Duration lease) {
      this.lease = positive("lease", lease);
      return this;
    }

    /** The most slips one drain prints; default 100. */
    public Builder maxSlipsPerDrain(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("max slips per drain must be positive, got " + max);
      }
      this.maxSlipsPerDrain = max;
      return this;
    }

    /** Who hears about printed slips and failures; default nobody. */
    public Builder listener(PrintListener listener) {
      this.listener = Objects.requireNonNull(listener, "print listener");
      return this;
    }

    public PrintSpooler build() {
      return new PrintSpooler(this);
    }

    private static Duration positive(String what, Duration duration) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
