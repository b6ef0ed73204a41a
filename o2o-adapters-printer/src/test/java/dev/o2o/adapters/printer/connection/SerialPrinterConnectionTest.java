package dev.o2o.adapters.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import dev.o2o.adapters.printer.testkit.SocatLine;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialPrinterConnectionTest {

  private static final byte[] CUT = {0x1D, 0x56};

  private final byte[] slip = new TextModeEncoder(PaperWidth.MM58_32).encode(SampleSlips.acceptance());

  @TempDir
  Path dir;

  @Test
  void givenASerialPrinterOnAPseudoTerminal_whenASlipIsSent_thenTheOtherEndReadsTheWholeSlip() throws Exception {
    try (SocatLine line = SocatLine.start(dir)) {
      CompletableFuture<byte[]> received = readUntilCut(line.testEnd(), 2 * slip.length);
      SerialSettings settings = SerialSettings.of(line.printerEnd().toString())
          .withBaudRate(115_200)
          .withParity(SerialSettings.Parity.NONE)
          .withFlowControl(SerialSettings.FlowControl.NONE);

      try (SerialPrinterConnection connection = new SerialPrinterConnection(settings)) {
        connection.send(slip);
        connection.send(slip);

        byte[] bytes = received.get(30, TimeUnit.SECONDS);
        assertThat(EscPosDecoder.slips(bytes)).hasSize(2);
        assertThat(Arrays.copyOf(bytes, slip.length)).isEqualTo(slip);
      }
    }
  }

  @Test
  void givenStatusConfirmation_whenThePrinterAnswersOnline_thenTheSlipCountsAsTaken() throws Exception {
    try (SocatLine line = SocatLine.start(dir)) {
      InputStream in = new FileInputStream(line.testEnd().toFile());
      FileOutputStream out = new FileOutputStream(line.testEnd().toFile());
      CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
        try (in; out) {
          byte[] bytes = readExactly(in, slip.length + 3);
          out.write(0x12); // online
          out.flush();
          return bytes;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      SerialSettings settings = SerialSettings.of(line.printerEnd().toString())
          .withFlowControl(SerialSettings.FlowControl.NONE)
          .withStatusConfirmation(Duration.ofSeconds(10));

      try (SerialPrinterConnection connection = new SerialPrinterConnection(settings)) {
        connection.send(slip);
      }

      byte[] bytes = received.get(30, TimeUnit.SECONDS);
      assertThat(EscPosDecoder.decode(bytes)).last().isEqualTo(new EscPosDecoder.StatusRequest(1));
      assertThat(EscPosDecoder.slip(bytes).texts()).contains("코트 (벨티드) 오트밀");
    }
  }

  @Test
  void givenStatusConfirmation_whenThePrinterIsSilent_thenTheSlipMayHavePrinted() throws Exception {
    try (SocatLine line = SocatLine.start(dir)) {
      CompletableFuture<byte[]> received = readUntilCut(line.testEnd(), slip.length);
      SerialSettings settings = SerialSettings.of(line.printerEnd().toString())
          .withFlowControl(SerialSettings.FlowControl.NONE)
          .withStatusConfirmation(Duration.ofSeconds(3));

      SerialPrinterConnection connection = new SerialPrinterConnection(settings);
      CompletableFuture<PrinterException> sending = CompletableFuture.supplyAsync(
          () -> catchThrowableOfType(() -> connection.send(slip), PrinterException.class));
      byte[] bytes = received.get(30, TimeUnit.SECONDS); // read while the adapter waits for the status
      PrinterException silent = sending.get(30, TimeUnit.SECONDS);

      assertThat(silent.mayHavePrinted()).isTrue();
      assertThat(bytes).isEqualTo(slip);
    }
  }

  @Test
  void givenNoPortAtThePath_whenASlipIsSent_thenNothingCanHavePrinted() {
    SerialSettings settings = SerialSettings.of(dir.resolve("unplugged").toString());

    PrinterException missing = catchThrowableOfType(() -> new SerialPrinterConnection(settings).send(slip),
        PrinterException.class);

    assertThat(missing.mayHavePrinted()).isFalse();
    assertThat(missing).hasMessageContaining("unplugged");
  }

  /** Opens the test end of the line now, then reads it until {@code expected} bytes have come. */
  private static CompletableFuture<byte[]> readUntilCut(Path testEnd, int expected) throws IOException {
    InputStream in = new FileInputStream(testEnd.toFile());
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return readExactly(in, expected);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static byte[] readExactly(InputStream in, int expected) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    while (bytes.size() < expected) {
      int read = in.read(buffer, 0, Math.min(buffer.length, expected - bytes.size()));
      if (read < 0) {
        break;
      }
      bytes.write(buffer, 0, read);
    }
    return bytes.toByteArray();
  }
}
