package dev.o2o.adapters.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAndStreamConnectionTest {

  private final byte[] slip = new TextModeEncoder(PaperWidth.MM80_42).encode(SampleSlips.numbered(1));
  private final byte[] other = new TextModeEncoder(PaperWidth.MM80_42).encode(SampleSlips.numbered(2));

  @TempDir
  Path dir;

  @Test
  void givenASpoolFile_whenSlipsAreSent_thenTheyAreAppendedInOrder() throws Exception {
    Path spool = dir.resolve("spool.bin");
    FilePrinterConnection file = FilePrinterConnection.appendingTo(spool);

    file.send(slip);
    file.send(other);

    assertThat(EscPosDecoder.slips(Files.readAllBytes(spool)))
        .extracting(s -> s.texts().get(0).strip())
        .containsExactly("접수증 1", "접수증 2");
  }

  @Test
  void givenAMissingDevice_whenASlipIsSent_thenNothingCanHavePrintedAndNoFileTakesItsPlace() {
    Path device = dir.resolve("lp0");

    PrinterException missing = catchThrowableOfType(() -> FilePrinterConnection.device(device).send(slip),
        PrinterException.class);

    assertThat(missing.mayHavePrinted()).isFalse();
    assertThat(device).doesNotExist();
  }

  @Test
  void givenAStreamTheHostKeepsOpen_whenSlipsAreSent_thenTheStreamGetsThemAndStaysOpen() throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the host's stream must not be closed");
      }
    };
    StreamPrinterConnection connection = StreamPrinterConnection.of(stream, "usb");

    connection.send(slip);
    connection.send(other);

    assertThat(EscPosDecoder.slips(stream.toByteArray())).hasSize(2);
  }

  @Test
  void givenAStreamThatFails_whenASlipIsSent_thenItMayHavePrinted() {
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("device gone");
      }
    };

    PrinterException failed = catchThrowableOfType(
        () -> StreamPrinterConnection.of(failing, "usb").send(slip), PrinterException.class);

    assertThat(failed.mayHavePrinted()).isTrue();
    assertThat(failed).hasMessageContaining("device gone");
  }

  @Test
  void givenAStreamThatCannotBeOpened_whenASlipIsSent_thenNothingCanHavePrinted() {
    PrinterException failed = catchThrowableOfType(() -> StreamPrinterConnection.opening(() -> {
      throw new IOException("no device");
    }, "usb").send(slip), PrinterException.class);

    assertThat(failed.mayHavePrinted()).isFalse();
  }
}
