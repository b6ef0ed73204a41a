package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.core.scan.CodeKind;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScanListener;
import dev.o2o.core.time.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wiring a host does, against the scan port: a serial scanner feeds the {@link ScanIntake}, whose listener routes
 * each scan to the session the counter has open. The sessions here are stand-ins that record what they are given;
 * o2o-pickup's acceptance and o2o-allocation's outbound scanning take their place in a host (see docs/scanner.md).
 */
class SerialScanPortWiringTest {

  @TempDir
  Path dir;

  private final ManualClock clock = ManualClock.at(Instant.parse("2024-05-01T01:00:00Z"));
  private final Counter counter = new Counter();
  private final Recorder events = new Recorder();
  private SocatPair line;
  private SerialScanner scanner;

  /** A host's router: a slip opens a pickup acceptance, a first waybill an outbound session; items go to the open one. */
  private static final class Counter implements ScanListener {
    private final List<String> log = new ArrayList<>();
    private String session = "none";

    @Override
    public synchronized void onScan(Scan scan) {
      if (scan.kind() == CodeKind.PICKUP_SLIP) {
        session = "acceptance " + scan.code();
        log.add("open " + session);
      } else if (scan.fits(CodeKind.WAYBILL) && session.equals("none")) {
        // 13 digits can read as an EAN-13 and as a Korea Post waybill: what the counter expects decides
        // (a waybill to start outbound scanning, items once a session is open)
        session = "outbound " + scan.code();
        log.add("open " + session + " " + scan.recognition().readingAs(CodeKind.WAYBILL).orElseThrow().couriers());
      } else if (scan.kind().isItemBarcode()) {
        log.add(session + ": item " + scan.code());
      } else {
        log.add(session + ": refused " + scan.code() + " (" + scan.kind().label() + ")");
      }
      notifyAll();
    }

    synchronized List<String> await(int entries) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (log.size() < entries && System.nanoTime() < deadline) {
        TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
      }
      return List.copyOf(log);
    }
  }

  @BeforeEach
  void wire() throws Exception {
    line = SocatPair.in(dir).plug();
    ScanIntake intake = ScanIntake.builder(clock, counter).doubleReadWindow(Duration.ofMillis(300)).build();
    scanner = SerialScanner.builder(SerialSettings.of(line.scannerEnd().toString()), intake).events(events).build();
    scanner.start();
    events.awaitEvent(ScannerEvent.Connected.class);
  }

  @AfterEach
  void unwire() {
    scanner.stop();
    line.close();
  }

  @Test
  void givenAPickupAcceptance_whenTheSlipAndItsItemsAreScanned_thenTheSessionGetsThemOnceEachInOrder() throws Exception {
    line.write("PK000000000042\r8801234567893\r8801234567893\r"); // the repeat is a double read of a held trigger
    counter.await(2);
    clock.advance(Duration.ofSeconds(1));
    line.write("8801234567893\r8801234567890\r"); // the second unit of the item, then a misread

    assertThat(counter.await(4)).containsExactly(
        "open acceptance PK000000000042",
        "acceptance PK000000000042: item 8801234567893",
        "acceptance PK000000000042: item 8801234567893",
        "acceptance PK000000000042: refused 8801234567890 (unrecognised)");
  }

  @Test
  void givenOutboundScanning_whenAKoreaPostWaybillAndItsItemsAreScanned_thenTheWaybillOpensTheSession()
      throws Exception {
    line.write("8800000000046\r96385074\r036000291452\r");

    assertThat(counter.await(3)).containsExactly(
        "open outbound 8800000000046 [KOREA_POST]",
        "outbound 8800000000046: item 96385074",
        "outbound 8800000000046: item 036000291452");
  }
}
