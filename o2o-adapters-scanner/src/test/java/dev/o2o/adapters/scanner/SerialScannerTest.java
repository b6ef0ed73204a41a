package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.scan.CodeKind;
import dev.o2o.core.scan.Recognition;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScanSink;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.scan.UnrecognisedReason;
import dev.o2o.core.time.ManualClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SerialScannerTest {

  private static final Backoff FAST = new Backoff(Duration.ofMillis(20), Duration.ofMillis(160));

  @TempDir
  Path dir;

  private final ManualClock clock = ManualClock.at(Instant.parse("2024-05-01T01:00:00Z"));
  private final Recorder recorder = new Recorder();
  private final ScanIntake intake = ScanIntake.builder(clock, recorder).doubleReadWindow(Duration.ZERO).build();
  private final List<ScanSource> started = new ArrayList<>();
  private SocatPair line;

  @BeforeEach
  void socat() {
    line = SocatPair.in(dir);
  }

  @AfterEach
  void release() {
    started.forEach(ScanSource::stop);
    line.close();
  }

  private SerialScanner start(SerialSettings settings, ScanSink sink) {
    SerialScanner scanner = SerialScanner.builder(settings, sink).backoff(FAST).events(recorder).build();
    started.add(scanner);
    scanner.start();
    return scanner;
  }

  private SerialScanner startOnLine() throws IOException {
    line.plug();
    SerialScanner scanner = start(SerialSettings.of(line.scannerEnd().toString()), intake);
    recorder.awaitEvent(ScannerEvent.Connected.class);
    return scanner;
  }

  @Test
  void givenAScannerOnThePseudoTerminal_whenCodesAreWritten_thenTheyArriveRecognised() throws Exception {
    SerialScanner scanner = startOnLine();

    line.write("8801234567893\rPK000000000042\r");

    List<Scan> scans = recorder.awaitScans(2);
    assertThat(scans).extracting(Scan::code).containsExactly("8801234567893", "PK000000000042");
    assertThat(scans).extracting(Scan::kind).containsExactly(CodeKind.EAN_13, CodeKind.PICKUP_SLIP);
    assertThat(scans).extracting(Scan::scanner).containsOnly(ScannerId.of("serial:" + line.scannerEnd()));
    assertThat(scanner.isConnected()).isTrue();
    assertThat(recorder.events(ScannerEvent.Connected.class).get(0).where()).contains(line.device().toString());
  }

  @Test
  void givenAThousandScansWrittenInRandomFragments_whenRead_thenAllArriveInOrderOnceEach() throws Exception {
    startOnLine();
    List<String> codes = thousandCodes();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    codes.forEach(code -> stream.writeBytes((code + "\r").getBytes(StandardCharsets.US_ASCII)));
    byte[] bytes = stream.toByteArray();
    Random random = new Random(9);

    int at = 0;
    int writes = 0;
    while (at < bytes.length) {
      int size = Math.min(bytes.length - at, 1 + random.nextInt(40));
      line.write(java.util.Arrays.copyOfRange(bytes, at, at + size));
      at += size;
      if (++writes % 25 == 0) {
        // now and then let the reader catch up mid-code, so a code is certain to straddle two reads
        LockSupport.parkNanos(Duration.ofMillis(3).toNanos());
      }
    }
    line.write("PK999999999999\r");

    List<Scan> scans = recorder.awaitCode("PK999999999999");
    assertThat(scans).extracting(Scan::code)
        .containsExactlyElementsOf(Stream.concat(codes.stream(), Stream.of("PK999999999999")).toList());
    assertThat(scans).allMatch(Scan::isRecognised);
  }

  @ParameterizedTest
  @EnumSource(Suffix.class)
  void givenEachSuffix_whenCodesEndInIt_thenTheSuffixDelimitsAndIsNotPartOfTheCode(Suffix suffix) throws Exception {
    line.plug();
    start(SerialSettings.of(line.scannerEnd().toString()).withSuffix(suffix), intake);
    recorder.awaitEvent(ScannerEvent.Connected.class);
    String end = new String(suffix.bytes(), StandardCharsets.US_ASCII);

    line.write("96385" + "074" + end.substring(0, 1));
    line.write(end.substring(1) + "036000291452" + end);

    assertThat(recorder.awaitScans(2)).extracting(Scan::code).containsExactly("96385074", "036000291452");
  }

  @Test
  void givenAnUnplugAndAReplug_whenTheDeviceComesBack_thenBothAreReportedAndScansFlowAgain() throws Exception {
    SerialScanner scanner = startOnLine();
    line.write("8801234567893\r");
    recorder.awaitScans(1);

    line.unplug();

    ScannerEvent.Disconnected lost = recorder.awaitEvent(ScannerEvent.Disconnected.class);
    assertThat(lost.reason()).contains("unplugged");
    recorder.awaitEvent(ScannerEvent.ReconnectScheduled.class, 4); // it keeps trying, backing off
    line.plug();
    recorder.awaitEvent(ScannerEvent.Connected.class, 2);
    line.write("PK000000000042\r");

    assertThat(recorder.awaitScans(2)).extracting(Scan::code).containsExactly("8801234567893", "PK000000000042");
    assertThat(scanner.isConnected()).isTrue();
    assertThat(recorder.events(ScannerEvent.Disconnected.class))
        .as("one report per unplug, however often jSerialComm fires its disconnect event").hasSize(1);
    List<ScannerEvent.ReconnectScheduled> retries = recorder.events(ScannerEvent.ReconnectScheduled.class);
    assertThat(retries).extracting(ScannerEvent.ReconnectScheduled::attempt)
        .startsWith(1, 2, 3, 4);
    assertThat(retries).extracting(ScannerEvent.ReconnectScheduled::delay)
        .startsWith(Duration.ofMillis(20), Duration.ofMillis(40), Duration.ofMillis(80), Duration.ofMillis(160))
        .allMatch(d -> d.compareTo(FAST.max()) <= 0);
  }

  @Test
  void givenTwoUnplugs_whenEachEnds_thenEachIsReportedOnceAndTheBackOffStartsAfresh() throws Exception {
    startOnLine();
    for (int round = 1; round <= 2; round++) {
      line.unplug();
      recorder.awaitEvent(ScannerEvent.Disconnected.class, round);
      line.plug();
      recorder.awaitEvent(ScannerEvent.Connected.class, round + 1);
      String code = "PK00000000000" + round;
      line.write(code + "\r");
      recorder.awaitCode(code);
    }

    assertThat(recorder.events(ScannerEvent.Disconnected.class)).hasSize(2);
    assertThat(recorder.events(ScannerEvent.ReconnectScheduled.class))
        .filteredOn(r -> r.attempt() == 1).hasSize(2);
  }

  @Test
  void givenNoDeviceAtStart_whenItIsPluggedInLater_thenTheAdapterOpensItByItself() throws Exception {
    start(SerialSettings.of(line.scannerEnd().toString()), intake);

    assertThat(recorder.awaitEvent(ScannerEvent.Disconnected.class).reason()).contains("no device at");
    recorder.awaitEvent(ScannerEvent.ReconnectScheduled.class, 2);
    line.plug();
    recorder.awaitEvent(ScannerEvent.Connected.class);
    line.write("96385074\r");

    assertThat(recorder.awaitScans(1)).extracting(Scan::code).containsExactly("96385074");
  }

  @Test
  void givenAnOpenPort_whenStopped_thenThePortIsReleasedAndNotReopened() throws Exception {
    SerialScanner scanner = startOnLine();
    Path device = line.device();
    assertThat(openDescriptorsOf(device)).isPositive();

    scanner.stop();

    assertThat(openDescriptorsOf(device)).isZero();
    assertThat(scanner.isConnected()).isFalse();
    assertThat(recorder.events()).last().isEqualTo(new ScannerEvent.Stopped(scanner.id()));
    line.unplug();
    line.plug();
    assertThat(recorder.events(ScannerEvent.Connected.class)).hasSize(1);
    assertThat(recorder.events(ScannerEvent.ReconnectScheduled.class)).isEmpty();
    scanner.stop(); // idempotent
    assertThatThrownBy(scanner::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("STOPPED");
  }

  @Test
  void givenAStopWhileUnplugged_whenStopped_thenTheRetriesEnd() throws Exception {
    SerialScanner scanner = start(SerialSettings.of(line.scannerEnd().toString()), intake);
    recorder.awaitEvent(ScannerEvent.ReconnectScheduled.class, 2);

    scanner.stop();
    int retries = recorder.events(ScannerEvent.ReconnectScheduled.class).size();
    line.plug();

    assertThat(recorder.events(ScannerEvent.Connected.class)).isEmpty();
    assertThat(recorder.events(ScannerEvent.ReconnectScheduled.class)).hasSize(retries);
  }

  @Test
  void givenBadCodesOfEveryKind_whenScanned_thenEachIsReportedUnrecognisedWithItsReason() throws Exception {
    startOnLine();

    line.write("8801234567890\r96385075\r036000291453\rPK12345\r20221215-ABC\r123456789\rHELLO\r880\u00071\r");

    List<Scan> scans = recorder.awaitScans(8);
    assertThat(scans).extracting(s -> ((Recognition.Unrecognised) s.recognition()).reason()).containsExactly(
        UnrecognisedReason.BAD_CHECK_DIGIT, UnrecognisedReason.BAD_CHECK_DIGIT, UnrecognisedReason.BAD_CHECK_DIGIT,
        UnrecognisedReason.MALFORMED, UnrecognisedReason.MALFORMED, UnrecognisedReason.UNKNOWN_FORMAT,
        UnrecognisedReason.UNKNOWN_FORMAT, UnrecognisedReason.UNPRINTABLE);
    assertThat(scans).extracting(s -> ((Recognition.Unrecognised) s.recognition()).detail())
        .allMatch(detail -> !detail.isBlank());
  }

  @Test
  void givenASinkThatFails_whenACodeArrives_thenTheFailureIsReportedAndReadingGoesOn() throws Exception {
    line.plug();
    ScanSink flaky = (scanner, code) -> {
      if (code.equals("BOOM")) {
        throw new IllegalStateException("session broke on " + code);
      }
      intake.receive(scanner, code);
    };
    start(SerialSettings.of(line.scannerEnd().toString()), flaky);
    recorder.awaitEvent(ScannerEvent.Connected.class);

    line.write("BOOM\r96385074\r");

    assertThat(recorder.awaitScans(1)).extracting(Scan::code).containsExactly("96385074");
    assertThat(recorder.events(ScannerEvent.DeliveryFailed.class)).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("BOOM"));
  }

  @Test
  void givenAPathThatIsASymlinkToTheDevice_whenOpened_thenItWorks() throws Exception {
    line.plug();
    Path udevStyle = Files.createSymbolicLink(dir.resolve("scanner-counter-1"), line.scannerEnd());
    start(SerialSettings.of(udevStyle.toString()).withBaudRate(115_200).withParity(Parity.EVEN)
        .withStopBits(StopBits.TWO).withDataBits(7), intake);
    recorder.awaitEvent(ScannerEvent.Connected.class);

    line.write("96385074\r");

    assertThat(recorder.awaitScans(1)).extracting(Scan::scanner)
        .containsExactly(ScannerId.of("serial:" + udevStyle));
  }

  @Test
  void givenBadSettings_whenMade_thenRefusedNamingThePort() {
    assertThatThrownBy(() -> SerialSettings.of("/dev/ttyS9").withDataBits(9))
        .hasMessageContaining("/dev/ttyS9").hasMessageContaining("5 to 8");
    assertThatThrownBy(() -> SerialSettings.of("/dev/ttyS9").withBaudRate(0)).hasMessageContaining("baud");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> thousandCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      switch (i % 4) {
        case 0 -> codes.add(Ean13.withCheckDigit(String.format("880%09d", i)).value());
        case 1 -> codes.add(String.format("PK%012d", i));
        case 2 -> codes.add(String.format("20240501-%06d", i));
        default -> codes.add(String.format("%010d", i) + (i % 7)); // a Logen waybill with its mod-7 check digit
      }
    }
    return codes;
  }

  private static long openDescriptorsOf(Path device) throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(device);
        } catch (IOException | UnsupportedOperationException gone) {
          return false;
        }
      }).count();
    }
  }
}
