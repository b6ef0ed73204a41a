package dev.o2o.adapters.printer.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.BreakAfter;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.NotReading;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.Offline;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.Silent;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpPrinterConnectionTest {

  private final byte[] slip = new TextModeEncoder(PaperWidth.MM58_32).encode(SampleSlips.acceptance());
  private FakeNetworkPrinter printer;

  @BeforeEach
  void startPrinter() throws IOException {
    printer = FakeNetworkPrinter.start();
  }

  @AfterEach
  void stopPrinter() throws IOException {
    printer.close();
  }

  private TcpPrinterConnection.Builder connection() {
    return TcpPrinterConnection.builder(printer.host()).port(printer.port())
        .connectTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(2))
        .confirmWithStatus(Duration.ofMillis(500));
  }

  @Test
  void givenAnOnlinePrinter_whenASlipIsSent_thenItReceivesTheWholeSlipFollowedByAStatusRequest() throws Exception {
    connection().build().send(slip);

    byte[] received = printer.nextConnection();
    assertThat(Arrays.copyOf(received, slip.length)).isEqualTo(slip);
    assertThat(Arrays.copyOfRange(received, slip.length, received.length)).containsExactly(0x10, 0x04, 0x01);
    EscPosDecoder.Slip printed = EscPosDecoder.slip(received);
    assertThat(printed.texts()).contains("주문번호      MALL-20250301-0001");
    assertThat(printed.barcodes()).extracting(EscPosDecoder.Barcode::data).containsExactly(SampleSlips.SLIP_NUMBER);
  }

  @Test
  void givenNoStatusConfirmation_whenASlipIsSent_thenThePrinterReceivesExactlyTheSlip() throws Exception {
    connection().withoutStatusConfirmation().build().send(slip);

    assertThat(printer.nextConnection()).isEqualTo(slip);
  }

  @Test
  void givenAPrinterThatIsOff_whenASlipIsSent_thenTheConnectionIsRefusedAndNothingCanHavePrinted() throws Exception {
    int off = FakeNetworkPrinter.unusedPort();

    PrinterException refused = catchThrowableOfType(
        () -> TcpPrinterConnection.builder("127.0.0.1").port(off).build().send(slip), PrinterException.class);

    assertThat(refused.mayHavePrinted()).isFalse();
    assertThat(refused).hasMessageContaining("refused").hasMessageContaining("tcp://127.0.0.1:" + off);
  }

  @Test
  void givenAnUnknownHost_whenASlipIsSent_thenItFailsAsUnreachable() {
    PrinterException unknown = catchThrowableOfType(
        () -> TcpPrinterConnection.builder("printer.invalid").build().send(slip), PrinterException.class);

    assertThat(unknown.mayHavePrinted()).isFalse();
  }

  @Test
  void givenAPrinterWhoseBacklogIsFull_whenConnecting_thenTheConnectTimeoutEndsTheAttempt() throws Exception {
    try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Socket> fillers = new ArrayList<>();
      try {
        for (int i = 0; i < 3; i++) { // a backlog of 1 holds two; the kernel drops the SYNs of the rest
          Socket filler = new Socket();
          try {
            filler.connect(new InetSocketAddress(full.getInetAddress(), full.getLocalPort()), 500);
          } catch (IOException dropped) {
            // the queue is full: exactly what the test needs
          }
          fillers.add(filler);
        }
        TcpPrinterConnection connection = TcpPrinterConnection.builder("127.0.0.1").port(full.getLocalPort())
            .connectTimeout(Duration.ofMillis(300)).build();

        PrinterException timedOut = catchThrowableOfType(() -> connection.send(slip), PrinterException.class);

        assertThat(timedOut).hasMessageContaining("timed out");
        assertThat(timedOut.mayHavePrinted()).isFalse();
      } finally {
        for (Socket filler : fillers) {
          filler.close();
        }
      }
    }
  }

  @Test
  void givenAPrinterThatStopsReading_whenASlipIsSent_thenTheWriteTimeoutEndsItAsPossiblyPrinted() {
    printer.thenBehave(new NotReading());
    byte[] huge = new byte[64 * 1024 * 1024]; // more than the socket buffers hold

    PrinterException stalled = catchThrowableOfType(
        () -> connection().writeTimeout(Duration.ofMillis(300)).build().send(huge), PrinterException.class);

    assertThat(stalled).hasMessageContaining("took no data");
    assertThat(stalled.mayHavePrinted()).isTrue();
  }

  @Test
  void givenAPrinterThatBreaksTheConnectionMidSlip_whenASlipIsSent_thenItFailsAsPossiblyPrinted() throws Exception {
    printer.thenBehave(new BreakAfter(100));

    PrinterException broken = catchThrowableOfType(() -> connection().build().send(slip), PrinterException.class);

    assertThat(broken.mayHavePrinted()).isTrue();
    assertThat(printer.nextConnection()).hasSize(100).isEqualTo(Arrays.copyOf(slip, 100));
  }

  @Test
  void givenAPrinterThatNeverAnswersTheStatus_whenASlipIsSent_thenItFailsAsPossiblyPrinted() {
    printer.thenBehave(new Silent());

    PrinterException silent = catchThrowableOfType(() -> connection().build().send(slip), PrinterException.class);

    assertThat(silent).hasMessageContaining("did not answer");
    assertThat(silent.mayHavePrinted()).isTrue();
  }

  @Test
  void givenAPrinterThatReportsOffline_whenASlipIsSent_thenItFailsAsPossiblyPrinted() {
    printer.thenBehave(new Offline());

    PrinterException offline = catchThrowableOfType(() -> connection().build().send(slip), PrinterException.class);

    assertThat(offline).hasMessageContaining("offline");
    assertThat(offline.mayHavePrinted()).isTrue();
  }

  @Test
  void givenBadSettings_whenBuilding_thenTheyAreRefused() {
    assertThatThrownBy(() -> TcpPrinterConnection.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TcpPrinterConnection.builder("p").port(0)).hasMessageContaining("port");
    assertThatThrownBy(() -> TcpPrinterConnection.builder("p").connectTimeout(Duration.ZERO))
        .hasMessageContaining("connect timeout");
    assertThat(TcpPrinterConnection.builder("p").build().describe()).isEqualTo("tcp://p:9100");
  }
}
