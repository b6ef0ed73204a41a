package dev.o2o.adapters.printer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.adapters.printer.connection.PrinterConnection;
import dev.o2o.adapters.printer.connection.PrinterException;
import dev.o2o.adapters.printer.connection.TcpPrinterConnection;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.BreakAfter;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.Silent;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import dev.o2o.core.memory.InMemoryPrintQueue;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.print.PrintJob;
import dev.o2o.core.time.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrintSpoolerTest {

  private static final String PRINTER = "counter";

  private final ManualClock clock = ManualClock.at(Instant.parse("2025-03-01T01:00:00Z"));
  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryPrintQueue queue = new InMemoryPrintQueue(transactions);
  private final RecordingListener listener = new RecordingListener();
  private FakeNetworkPrinter printer;

  @AfterEach
  void turnPrinterOff() throws IOException {
    if (printer != null) {
      printer.close();
    }
  }

  private PrintSpooler spooler(int port) {
    TcpPrinterConnection connection = TcpPrinterConnection.builder("127.0.0.1").port(port)
        .connectTimeout(Duration.ofSeconds(2)).writeTimeout(Duration.ofSeconds(2))
        .confirmWithStatus(Duration.ofMillis(500)).build();
    return spooler(connection);
  }

  private PrintSpooler spooler(PrinterConnection connection) {
    return PrintSpooler.builder(queue, PRINTER, new TextModeEncoder(PaperWidth.MM58_32), connection, clock)
        .backoff(Duration.ofSeconds(2), Duration.ofSeconds(30))
        .listener(listener)
        .build();
  }

  @Test
  void givenThePrinterOff_whenItComesOn_thenEveryQueuedSlipPrintsOnceInOrder() throws Exception {
    int port = FakeNetworkPrinter.unusedPort();
    PrintSpooler spooler = spooler(port);
    for (int n = 1; n <= 5; n++) {
      spooler.enqueue(SampleSlips.numbered(n));
    }

    DrainReport whileOff = spooler.drain();
    assertThat(whileOff.printed()).isZero();
    assertThat(whileOff.failure()).hasValueSatisfying(f -> assertThat(f).contains("refused"));
    assertThat(listener.failures).hasSize(1);
    assertThat(listener.failures.get(0).mayHavePrinted()).isFalse();
    assertThat(spooler.drain().printed()).isZero(); // waits for its back-off
    assertThat(queue.pendingCount()).isEqualTo(5);

    printer = FakeNetworkPrinter.start(port);
    clock.advance(Duration.ofSeconds(2));
    DrainReport whenOn = spooler.drain();

    assertThat(whenOn).isEqualTo(new DrainReport(5, Optional.empty()));
    List<EscPosDecoder.Slip> printed = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      printed.add(EscPosDecoder.slip(printer.nextConnection()));
    }
    assertThat(printed).extracting(s -> s.texts().get(0).strip())
        .containsExactly("접수증 1", "접수증 2", "접수증 3", "접수증 4", "접수증 5");
    assertThat(printed).extracting(s -> s.barcodes().get(0).data())
        .containsExactly("PK000000000001", "PK000000000002", "PK000000000003", "PK000000000004", "PK000000000005");
    assertThat(printed).allSatisfy(s -> assertThat(s.texts()).noneMatch(t -> t.contains("재출력")));
    assertThat(printer.finishedConnections()).isEmpty();
    assertThat(queue.pendingCount()).isZero();
    assertThat(listener.printed).extracting(PrintJob::mayHavePrinted).containsOnly(false);
  }

  @Test
  void givenAConnectionBrokenMidSlip_whenRetried_thenTheWholeSlipIsPrintedAgainMarkedAsAReprint() throws Exception {
    printer = FakeNetworkPrinter.start().thenBehave(new BreakAfter(60));
    PrintSpooler spooler = spooler(printer.port());
    spooler.enqueue(SampleSlips.acceptance());
    spooler.enqueue(SampleSlips.numbered(2));

    DrainReport broken = spooler.drain();
    byte[] cutOff = printer.nextConnection();
    clock.advance(Duration.ofSeconds(2));
    DrainReport retried = spooler.drain();

    assertThat(broken.printed()).isZero();
    assertThat(listener.failures).singleElement().satisfies(f -> assertThat(f.mayHavePrinted()).isTrue());
    byte[] original = new TextModeEncoder(PaperWidth.MM58_32).encode(SampleSlips.acceptance());
    assertThat(cutOff).isEqualTo(Arrays.copyOf(original, 60));
    assertThat(retried.printed()).isEqualTo(2);
    EscPosDecoder.Slip reprint = EscPosDecoder.slip(printer.nextConnection());
    assertThat(reprint.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
    assertThat(reprint.texts()).containsSubsequence(new SlipLayout(PaperWidth.MM58_32)
        .layOut(SampleSlips.acceptance()).textLines());
    assertThat(reprint.barcodes()).extracting(EscPosDecoder.Barcode::data).containsExactly(SampleSlips.SLIP_NUMBER);
    EscPosDecoder.Slip next = EscPosDecoder.slip(printer.nextConnection());
    assertThat(next.texts().get(0).strip()).isEqualTo("접수증 2");
    assertThat(listener.printed).extracting(PrintJob::mayHavePrinted).containsExactly(true, false);
  }

  @Test
  void givenAPrinterThatTimesOut_whenRetried_thenTheSlipIsPrintedAgainAsAReprint() throws Exception {
    printer = FakeNetworkPrinter.start().thenBehave(new Silent());
    PrintSpooler spooler = spooler(printer.port());
    spooler.enqueue(SampleSlips.numbered(7));

    assertThat(spooler.drain().failure()).hasValueSatisfying(f -> assertThat(f).contains("did not answer"));
    EscPosDecoder.Slip unconfirmed = EscPosDecoder.slip(printer.nextConnection());
    clock.advance(Duration.ofSeconds(2));
    assertThat(spooler.drain().printed()).isEqualTo(1);

    assertThat(unconfirmed.texts().get(0).strip()).isEqualTo("접수증 7");
    EscPosDecoder.Slip again = EscPosDecoder.slip(printer.nextConnection());
    assertThat(again.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
    assertThat(again.texts()).contains(unconfirmed.texts().get(0));
  }

  @Test
  void givenASpoolerThatDiedWhilePrinting_whenItsClaimLapses_thenAnotherPrintsTheSlipAsAReprint() throws Exception {
    printer = FakeNetworkPrinter.start();
    PrintSpooler spooler = spooler(printer.port());
    spooler.enqueue(SampleSlips.numbered(3));
    queue.claimHead(PRINTER, clock.instant(), Duration.ofMinutes(5)); // a spooler took it, then its process died

    assertThat(spooler.drain().printed()).isZero();
    clock.advance(Duration.ofMinutes(5));
    assertThat(spooler.drain().printed()).isEqualTo(1);

    EscPosDecoder.Slip slip = EscPosDecoder.slip(printer.nextConnection());
    assertThat(slip.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
  }

  @Test
  void givenRepeatedFailures_whenRetrying_thenTheBackoffDoublesUpToTheLongest() {
    PrintSpooler spooler = spooler(refusing());
    spooler.enqueue(SampleSlips.numbered(1));
    List<Duration> waits = new ArrayList<>();

    for (int attempt = 0; attempt < 6; attempt++) {
      Instant before = clock.instant();
      spooler.drain();
      Instant next = listener.nextAttempts.get(listener.nextAttempts.size() - 1);
      waits.add(Duration.between(before, next));
      clock.set(next);
    }

    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(16), Duration.ofSeconds(30), Duration.ofSeconds(30));
    assertThat(queue.waiting(PRINTER)).singleElement().satisfies(job -> {
      assertThat(job.attempts()).isEqualTo(6);
      assertThat(job.lastFailure()).contains("printer off");
    });
  }

  @Test
  void givenAFailingSlip_whenLaterSlipsWait_thenNoneOfThemOvertakesIt() {
    List<String> sent = new ArrayList<>();
    boolean[] on = {false};
    PrintSpooler spooler = spooler(connection(bytes -> {
      if (!on[0]) {
        throw PrinterException.unreachable("printer off", null);
      }
      sent.add(EscPosDecoder.slip(bytes).texts().get(0).strip());
    }));
    spooler.enqueue(SampleSlips.numbered(1));
    spooler.enqueue(SampleSlips.numbered(2));

    spooler.drain();
    on[0] = true;
    assertThat(spooler.drain().printed()).isZero(); // slip 1 waits for its back-off, and slip 2 waits behind it
    clock.advance(Duration.ofSeconds(2));
    assertThat(spooler.drain().printed()).isEqualTo(2);

    assertThat(sent).containsExactly("접수증 1", "접수증 2");
  }

  @Test
  void givenAListenerThatThrows_whenASlipPrints_thenTheSlipStillLeavesTheQueue() {
    PrintSpooler spooler = PrintSpooler.builder(queue, PRINTER, new TextModeEncoder(PaperWidth.MM58_32),
        connection(bytes -> { }), clock)
        .listener(new PrintListener() {
          @Override
          public void printed(PrintJob job) {
            throw new IllegalStateException("host bug");
          }
        })
        .build();
    spooler.enqueue(SampleSlips.numbered(1));

    assertThat(spooler.drain().printed()).isEqualTo(1);
    assertThat(queue.pendingCount()).isZero();
  }

  @Test
  void givenAQueueEntryThatIsNotADocument_whenDrained_thenItIsReportedAndKeptForTheHost() {
    PrintSpooler spooler = spooler(connection(bytes -> { }));
    long id = queue.enqueue(PRINTER, "garbage", clock.instant());

    DrainReport report = spooler.drain();

    assertThat(report.failure()).hasValueSatisfying(f -> assertThat(f).contains("cannot be rendered"));
    assertThat(listener.nextAttempts).containsExactly(clock.instant().plusSeconds(30));
    assertThat(queue.waiting(PRINTER)).extracting(PrintJob::id).containsExactly(id);
  }

  @Test
  void givenAnEnqueueInsideAFailedTransaction_whenDrained_thenNothingPrints() {
    List<byte[]> sent = new ArrayList<>();
    PrintSpooler spooler = spooler(connection(sent::add));

    try {
      transactions.run(() -> {
        spooler.enqueue(SampleSlips.numbered(1));
        throw new IllegalStateException("the pickup change failed");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(spooler.drain().printed()).isZero();
    assertThat(sent).isEmpty();
  }

  private static PrinterConnection refusing() {
    return connection(bytes -> {
      throw PrinterException.unreachable("printer off", null);
    });
  }

  /** A connection that does what {@code send} says. */
  private static PrinterConnection connection(Send send) {
    return new PrinterConnection() {
      @Override
      public void send(byte[] slip) throws PrinterException {
        send.send(slip);
      }

      @Override
      public String describe() {
        return "test";
      }
    };
  }

  @FunctionalInterface
  private interface Send {
    void send(byte[] slip) throws PrinterException;
  }

  /** Keeps what the spooler told the host. */
  private static final class RecordingListener implements PrintListener {
    final List<PrintJob> printed = new ArrayList<>();
    final List<PrinterException> failures = new ArrayList<>();
    final List<Instant> nextAttempts = new ArrayList<>();

    @Override
    public void printed(PrintJob job) {
      printed.add(job);
    }

    @Override
    public void failed(PrintJob job, PrinterException failure, Instant nextAttempt) {
      failures.add(failure);
      nextAttempts.add(nextAttempt);
    }
  }
}
