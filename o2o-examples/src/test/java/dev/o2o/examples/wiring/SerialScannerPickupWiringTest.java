package dev.o2o.examples.wiring;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.JEANS_BARCODE;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.TEE;
import static dev.o2o.pickup.PickupWorld.TEE_BARCODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.adapters.scanner.ScannerEvent;
import dev.o2o.adapters.scanner.SerialScanner;
import dev.o2o.adapters.scanner.SerialSettings;
import dev.o2o.adapters.scanner.SocatPair;
import dev.o2o.core.scan.CodeKind;
import dev.o2o.core.scan.CodeRecogniser;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScanListener;
import dev.o2o.core.scan.SlipFormat;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.CompletionScan;
import dev.o2o.pickup.scan.ScanResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serial scanner (a socat pseudo-terminal standing in for it) drives o2o-pickup's scan sessions end to end: codes on
 * the line go through {@link SerialScanner} and the {@link ScanIntake} to the session the counter has open, as a host
 * wires them. Outbound scanning (o2o-allocation) is wired the same way: {@link SerialScannerOutboundWiringTest}.
 */
class SerialScannerPickupWiringTest {

  @TempDir
  Path dir;

  private final PickupWorld world = new PickupWorld();
  private final Results results = new Results();
  private SocatPair line;
  private SerialScanner scanner;

  /** What the sessions answered, in order; the test waits on it rather than on time. */
  private static final class Results {
    private final List<ScanResult> answers = new ArrayList<>();
    private final List<Scan> scans = new ArrayList<>();

    synchronized void add(Scan scan, ScanResult answer) {
      scans.add(scan);
      answers.add(answer);
      notifyAll();
    }

    synchronized List<ScanResult> await(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (answers.size() < count && System.nanoTime() < deadline) {
        TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
      }
      assertThat(answers).as("answers from the session").hasSizeGreaterThanOrEqualTo(count);
      return List.copyOf(answers);
    }

    synchronized List<Scan> scans() {
      return List.copyOf(scans);
    }
  }

  @BeforeEach
  void stock() throws Exception {
    world.receive(GANGNAM, TEE, 5);
    world.receive(GANGNAM, JEANS, 5);
    line = SocatPair.in(dir).plug();
  }

  @AfterEach
  void unwire() {
    if (scanner != null) {
      scanner.stop();
    }
    line.close();
  }

  /** Wires scanner, intake and session: each scan's code goes to {@code session}, its answer to {@link #results}. */
  private void wire(Function<String, ScanResult> session) throws InterruptedException {
    CodeRecogniser recogniser = CodeRecogniser.builder()
        .customerSlips(SlipFormat.of("ORD-[0-9]+", "ORD-.*", "ORD- and digits")) // this mall's order numbers
        .build();
    ScanListener counter = scan -> results.add(scan, session.apply(scan.code()));
    ScanIntake intake = ScanIntake.builder(world.clock, counter).recogniser(recogniser)
        .doubleReadWindow(Duration.ofMillis(300)).build();
    CountDownLatch connected = new CountDownLatch(1);
    scanner = SerialScanner.builder(SerialSettings.of(line.scannerEnd().toString()), intake)
        .events(event -> {
          if (event instanceof ScannerEvent.Connected) {
            connected.countDown();
          }
        })
        .build();
    scanner.start();
    assertThat(connected.await(60, TimeUnit.SECONDS)).as("scanner opened").isTrue();
  }

  @Test
  void givenARequestedPickup_whenItsSlipAndItemsAreScannedOnTheSerialScanner_thenItIsAcceptedByItself()
      throws Exception {
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
    AcceptanceScan acceptance = world.scanning.acceptance(KIM);
    wire(acceptance::scan);

    // the slip, two items, a held trigger's double read of the second (dropped), then a misread (refused)
    line.write(pickup.number().value() + "\r" + TEE_BARCODE + "\r" + JEANS_BARCODE + "\r" + JEANS_BARCODE + "\r"
        + "8801234567890\r");
    List<ScanResult> answers = results.await(4);
    assertThat(answers).extracting(a -> a.getClass().getSimpleName())
        .containsExactly("SlipRead", "ItemCounted", "ItemCounted", "Refused");
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.REQUESTED);

    world.clock.advance(Duration.ofSeconds(2)); // staff pick up the second pair of jeans
    line.write(JEANS_BARCODE + "\r");

    assertThat(results.await(5).get(4)).isInstanceOf(ScanResult.PickupChanged.class);
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.ACCEPTED);
    assertThat(results.scans()).extracting(Scan::kind).containsExactly(CodeKind.PICKUP_SLIP, CodeKind.EAN_13,
        CodeKind.EAN_13, CodeKind.UNRECOGNISED, CodeKind.EAN_13);
  }

  @Test
  void givenAnAcceptedPickup_whenTheCustomersSlipTheAcceptanceSlipAndItemsAreScanned_thenStaffCanComplete()
      throws Exception {
    Pickup pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 1));
    CompletionScan completion = world.scanning.completion(KIM);
    wire(completion::scan);

    line.write(pickup.mallOrderNumber() + "\r" + pickup.number().value() + "\r" + TEE_BARCODE + "\r"
        + JEANS_BARCODE + "\r");

    List<ScanResult> answers = results.await(4);
    assertThat(answers.get(3)).isInstanceOf(ScanResult.AllItemsScanned.class);
    assertThat(results.scans()).extracting(Scan::kind)
        .containsExactly(CodeKind.CUSTOMER_SLIP, CodeKind.PICKUP_SLIP, CodeKind.EAN_13, CodeKind.EAN_13);
    assertThat(completion.confirm()).isInstanceOf(ScanResult.PickupChanged.class); // staff confirm
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.COMPLETED);
    assertThat(world.position(GANGNAM, JEANS).onHand()).isEqualTo(4);
  }
}
