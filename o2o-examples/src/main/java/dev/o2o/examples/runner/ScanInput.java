package dev.o2o.examples.runner;

import dev.o2o.adapters.scanner.KeyboardWedgeScanner;
import dev.o2o.adapters.scanner.ScanSource;
import dev.o2o.adapters.scanner.ScannerEvent;
import dev.o2o.adapters.scanner.SerialScanner;
import dev.o2o.adapters.scanner.SerialSettings;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The codes a staff sub-command works through: given on the command line, or read from a scanner: a serial port
 * ({@code --scanner /dev/ttyACM0}) or the keyboard wedge (standard input), through o2o's scanner adapters.
 */
final class ScanInput implements AutoCloseable {

  private static final Scan END = null;

  private final Iterator<String> given;
  private final BlockingQueue<Optional<Scan>> scans = new LinkedBlockingQueue<>();
  private final ScanSource source;
  private final Duration idle;

  private ScanInput(List<String> codes, Optional<String> serialPort, Clock clock, Duration idle) {
    this.given = codes.iterator();
    this.idle = idle;
    if (!codes.isEmpty()) {
      this.source = null;
      return;
    }
    ScanIntake intake = ScanIntake.builder(clock, scan -> scans.add(Optional.of(scan))).build();
    this.source = serialPort
        .<ScanSource>map(path -> SerialScanner.builder(SerialSettings.of(path), intake).build())
        .orElseGet(() -> KeyboardWedgeScanner.stdin(intake, event -> {
          if (event instanceof ScannerEvent.Stopped) {
            scans.add(Optional.ofNullable(END));
          }
        }));
    source.start();
  }

  /** Codes from the command line when there are any, else from the serial scanner or standard input. */
  static ScanInput of(List<String> codes, Optional<String> serialPort, Clock clock) {
    return new ScanInput(codes, serialPort, clock, Duration.ofMinutes(5));
  }

  /** The next code; empty when the input ended (or a scanner stayed idle for five minutes). */
  Optional<String> next() throws InterruptedException {
    if (source == null) {
      return given.hasNext() ? Optional.of(given.next()) : Optional.empty();
    }
    Optional<Scan> scan = scans.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
    return scan == null ? Optional.empty() : scan.map(Scan::code);
  }

  @Override
  public void close() {
    if (source != null) {
      source.stop();
    }
  }
}
