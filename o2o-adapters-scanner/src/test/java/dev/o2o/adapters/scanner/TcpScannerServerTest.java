package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanIntake;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.time.ManualClock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TcpScannerServerTest {

  private final ManualClock clock = ManualClock.at(Instant.parse("2024-05-01T01:00:00Z"));
  private final Recorder recorder = new Recorder();
  private final ScanIntake intake = ScanIntake.builder(clock, recorder).doubleReadWindow(Duration.ZERO).build();
  private final TcpScannerServer server = TcpScannerServer.loopback(0, intake).events(recorder).build();

  @AfterEach
  void stop() {
    server.stop();
  }

  private Socket connect() throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), server.port());
  }

  private static void send(Socket socket, String text) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Test
  void givenANetworkScanner_whenItSendsLinesInFragments_thenEachLineIsOneScanOfThatConnection() throws Exception {
    server.start();
    try (Socket scanner = connect()) {
      recorder.awaitEvent(ScannerEvent.Connected.class);
      send(scanner, "88012345");
      send(scanner, "67893\r");
      send(scanner, "\nPK0000000");
      send(scanner, "00042\n1234567891\r");

      List<Scan> scans = recorder.awaitScans(3);

      assertThat(scans).extracting(Scan::code).containsExactly("8801234567893", "PK000000000042", "1234567891");
      assertThat(scans).extracting(Scan::scanner)
          .containsOnly(ScannerId.of("tcp:" + scanner.getLocalAddress().getHostAddress() + ":" + scanner.getLocalPort()));
    }
    assertThat(recorder.awaitEvent(ScannerEvent.Disconnected.class).reason()).contains("closed by the scanner");
  }

  @Test
  void givenTwoScannersAtOnce_whenBothSend_thenEachOnesScansKeepTheirOrder() throws Exception {
    server.start();
    try (Socket first = connect(); Socket second = connect()) {
      for (int i = 0; i < 100; i++) {
        send(first, String.format("PK%012d\r", i));
        send(second, String.format("20240501-%06d\r\n", i));
      }
      List<Scan> scans = recorder.awaitScans(200);

      assertThat(scans.stream().filter(s -> s.code().startsWith("PK")).map(Scan::code))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100)
              .mapToObj(i -> String.format("PK%012d", i)).toList());
      assertThat(scans.stream().filter(s -> s.code().startsWith("2024")).map(Scan::code))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100)
              .mapToObj(i -> String.format("20240501-%06d", i)).toList());
    }
  }

  @Test
  void givenOwnNaming_whenAScannerConnects_thenItsScansCarryThatName() throws Exception {
    TcpScannerServer named = TcpScannerServer.loopback(0, intake)
        .naming(peer -> ScannerId.of("dock-" + peer.getAddress().getHostAddress())).build();
    named.start();
    try (Socket scanner = new Socket(InetAddress.getLoopbackAddress(), named.port())) {
      send(scanner, "96385074\n");
      assertThat(recorder.awaitScans(1)).extracting(Scan::scanner)
          .containsExactly(ScannerId.of("dock-" + InetAddress.getLoopbackAddress().getHostAddress()));
    } finally {
      named.stop();
    }
  }

  @Test
  void givenAConnectedScanner_whenTheServerStops_thenTheConnectionAndThePortAreClosed() throws Exception {
    server.start();
    int port = server.port();
    try (Socket scanner = connect()) {
      send(scanner, "96385074\n");
      recorder.awaitScans(1);

      server.stop();

      assertThat(scanner.getInputStream().read()).isEqualTo(-1);
      assertThat(recorder.awaitEvent(ScannerEvent.Stopped.class)).isNotNull();
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void givenAPortInUse_whenStarted_thenItFailsNamingTheAddress() throws Exception {
    server.start();
    TcpScannerServer clash = TcpScannerServer.loopback(server.port(), intake).build();

    assertThatThrownBy(clash::start).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(String.valueOf(server.port()));
    clash.stop();
  }
}
