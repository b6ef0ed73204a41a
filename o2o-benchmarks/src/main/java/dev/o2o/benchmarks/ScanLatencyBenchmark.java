package dev.o2o.benchmarks;

import dev.o2o.adapters.scanner.ScannerEvent;
import dev.o2o.adapters.scanner.SerialScanner;
import dev.o2o.adapters.scanner.SerialSettings;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time from the last byte of a scan on the line (its CR suffix) to the scan reaching the port, over a socat
 * pseudo-terminal pair (JMH sample mode: read p0.50 and p0.99). Before each sample the code's other 13 bytes are
 * written and left waiting; the sample writes the suffix and waits until the scan arrives.
 *
 * <p>{@code serialToPort}: {@link SerialScanner} (jSerialComm's message listener) into a {@link ScanIntake} whose
 * listener wakes the benchmark thread. Baseline: the same pseudo-terminal read with a plain blocking
 * {@link FileInputStream} by one thread that wakes the benchmark thread at the CR: the line and the kernel without
 * jSerialComm, recognition or the intake. Needs socat.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ScanLatencyBenchmark {

  static final byte[] BODY = "880123456789".getBytes(StandardCharsets.US_ASCII);
  static final byte[] LAST_DIGIT_AND_SUFFIX = {'3', '\r'};

  /** A socat pair: the reader opens {@code scanner}, the benchmark writes into {@code test-end}. */
  abstract static class Line {
    Path dir;
    Process socat;
    OutputStream testEnd;
    volatile Thread waiter;
    final AtomicLong arrived = new AtomicLong();
    long expected;

    void plug() throws IOException, InterruptedException {
      dir = Files.createTempDirectory("o2o-scan-bench");
      try {
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + dir.resolve("scanner"),
            "pty,raw,echo=0,link=" + dir.resolve("test-end"))
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      } catch (IOException e) {
        throw new IllegalStateException("the scan latency benchmark needs socat (apt-get install socat)", e);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!Files.exists(dir.resolve("test-end"), LinkOption.NOFOLLOW_LINKS)
          || !Files.exists(dir.resolve("scanner"), LinkOption.NOFOLLOW_LINKS)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("socat did not make its pseudo-terminals in " + dir);
        }
        Thread.sleep(5);
      }
      testEnd = new FileOutputStream(dir.resolve("test-end").toFile());
    }

    /** Called by the reading side when a whole scan has arrived. */
    void arrived() {
      arrived.incrementAndGet();
      LockSupport.unpark(waiter);
    }

    /** Writes all but the last byte of the next scan and lets them settle on the line. */
    void prepare() throws IOException {
      waiter = Thread.currentThread();
      expected = arrived.get() + 1;
      testEnd.write(BODY);
      testEnd.flush();
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500)); // not measured: lets the body reach the reader
    }

    /** Writes the last byte and the suffix and waits until the scan arrives. */
    long sendLastByteAndAwait() throws IOException {
      testEnd.write(LAST_DIGIT_AND_SUFFIX);
      testEnd.flush();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (arrived.get() < expected) {
        LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(10));
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("a scan did not arrive within 10 s");
        }
      }
      return arrived.get();
    }

    void unplug() throws IOException, InterruptedException {
      testEnd.close();
      socat.destroy();
      socat.waitFor(10, TimeUnit.SECONDS);
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The adapter: jSerialComm, the intake (recognition, window, scan) and a listener. */
  @State(Scope.Benchmark)
  public static class AdapterLine extends Line {
    SerialScanner scanner;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      plug();
      ScanIntake intake = ScanIntake.builder(Clock.systemUTC(), (Scan scan) -> arrived())
          .doubleReadWindow(Duration.ZERO).build();
      CountDownLatch connected = new CountDownLatch(1);
      scanner = SerialScanner.builder(SerialSettings.of(dir.resolve("scanner").toString()), intake)
          .events(event -> {
            if (event instanceof ScannerEvent.Connected) {
              connected.countDown();
            }
          })
          .build();
      scanner.start();
      if (!connected.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the serial scanner did not open " + dir.resolve("scanner"));
      }
    }

    @Setup(Level.Invocation)
    public void nextScan() throws IOException {
      prepare();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      scanner.stop();
      unplug();
    }
  }

  /** The baseline: one thread reading the pseudo-terminal with a blocking stream, waking the benchmark at CR. */
  @State(Scope.Benchmark)
  public static class RawLine extends Line {
    InputStream scannerEnd;
    Thread reader;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      plug();
      scannerEnd = new FileInputStream(dir.resolve("scanner").toFile());
      reader = new Thread(() -> {
        byte[] buffer = new byte[256];
        try {
          int n;
          while ((n = scannerEnd.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
              if (buffer[i] == '\r') {
                arrived();
              }
            }
          }
        } catch (IOException e) {
          if (!Thread.currentThread().isInterrupted()) {
            throw new UncheckedIOException(e);
          }
        }
      }, "raw-pty-reader");
      reader.setDaemon(true);
      reader.start();
    }

    @Setup(Level.Invocation)
    public void nextScan() throws IOException {
      prepare();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
      reader.interrupt();
      unplug();
      scannerEnd.close();
    }
  }

  @Benchmark
  public long serialToPort(AdapterLine line) throws IOException {
    return line.sendLastByteAndAwait();
  }

  @Benchmark
  public long serialToPortBaseline(RawLine line) throws IOException {
    return line.sendLastByteAndAwait();
  }
}
