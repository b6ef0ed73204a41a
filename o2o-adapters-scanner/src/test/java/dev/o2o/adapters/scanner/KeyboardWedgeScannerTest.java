package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.scan.CodeKind;
import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.time.ManualClock;
import java.io.ByteArrayInputStream;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyboardWedgeScannerTest {

  private static final ScannerId WEDGE = ScannerId.of("counter-wedge");

  private final ManualClock clock = ManualClock.at(Instant.parse("2024-05-01T01:00:00Z"));
  private final Recorder recorder = new Recorder();
  private final ScanIntake intake = ScanIntake.builder(clock, recorder).doubleReadWindow(Duration.ofMillis(300)).build();

  @Test
  void givenLinesWithAnyLineEnd_whenRead_thenEachNonBlankLineIsAScan_andTheEndOfInputIsReported() {
    KeyboardWedgeScanner wedge = KeyboardWedgeScanner.reading(WEDGE,
        new StringReader("8801234567893\r\nPK000000000042\r\n\r1234567891\n20221215-0000123"), intake, recorder);

    wedge.start();

    assertThat(recorder.awaitScans(4)).extracting(Scan::kind)
        .containsExactly(CodeKind.EAN_13, CodeKind.PICKUP_SLIP, CodeKind.WAYBILL, CodeKind.CUSTOMER_SLIP);
    assertThat(recorder.awaitEvent(ScannerEvent.Disconnected.class).reason()).isEqualTo("end of input");
    assertThat(recorder.events()).first().isInstanceOf(ScannerEvent.Connected.class);
    assertThat(recorder.scans()).extracting(Scan::scanner).containsOnly(WEDGE);
    wedge.stop();
  }

  @Test
  void givenAKeyHeldDown_whenTheSameCodeRepeatsAtOnce_thenTheDoubleReadIsDropped() {
    KeyboardWedgeScanner.reading(WEDGE, new StringReader("96385074\n96385074\n036000291452\n"), intake, recorder)
        .start();

    recorder.awaitEvent(ScannerEvent.Disconnected.class);
    assertThat(recorder.scans()).extracting(Scan::code).containsExactly("96385074", "036000291452");
  }

  @Test
  void givenAStreamInACharset_whenRead_thenDecodedWithIt() {
    byte[] bytes = "PK000000000001\n".getBytes(StandardCharsets.UTF_16LE);
    KeyboardWedgeScanner.fromStream(WEDGE, new ByteArrayInputStream(bytes), StandardCharsets.UTF_16LE, intake, recorder)
        .start();

    assertThat(recorder.awaitScans(1)).extracting(Scan::code).containsExactly("PK000000000001");
  }

  @Test
  void givenAReaderWaitingForInput_whenStopped_thenItIsReleasedAndStopIsReported() throws Exception {
    PipedWriter keyboard = new PipedWriter();
    KeyboardWedgeScanner wedge = KeyboardWedgeScanner.reading(WEDGE, new PipedReader(keyboard), intake, recorder);
    wedge.start();
    keyboard.write("96385074\n");
    recorder.awaitScans(1);

    wedge.stop();

    assertThat(recorder.awaitEvent(ScannerEvent.Stopped.class).scanner()).isEqualTo(WEDGE);
    assertThat(recorder.events(ScannerEvent.Disconnected.class)).isEmpty();
    assertThatThrownBy(wedge::start).isInstanceOf(IllegalStateException.class);
  }
}
