package dev.o2o.adapters.printer.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.adapters.printer.PrintSpooler;
import dev.o2o.adapters.printer.connection.TcpPrinterConnection;
import dev.o2o.adapters.printer.escpos.RasterModeEncoder;
import dev.o2o.adapters.printer.escpos.SlipPreview;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.Environment;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter;
import dev.o2o.core.memory.InMemoryPrintQueue;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.print.PrintJob;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.print.SlipPrintException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueuedSlipPrinterTest {

  private final ManualClock clock = ManualClock.at(Instant.parse("2025-03-01T01:20:00Z"));
  private final InMemoryPrintQueue queue = new InMemoryPrintQueue(new InMemoryTransactions());
  private FakeNetworkPrinter printer;

  @BeforeEach
  void startPrinter() throws IOException {
    printer = FakeNetworkPrinter.start();
  }

  @AfterEach
  void stopPrinter() throws IOException {
    printer.close();
  }

  private PrintSpooler spooler(dev.o2o.adapters.printer.escpos.SlipEncoder encoder) {
    return PrintSpooler.builder(queue, "gangnam-counter", encoder,
        TcpPrinterConnection.builder(printer.host()).port(printer.port()).build(), clock).build();
  }

  @Test
  void givenPickupSlips_whenPrintedThroughTheQueue_thenTheNetworkPrinterGetsThemInOrder() throws Exception {
    PrintSpooler spooler = spooler(new TextModeEncoder(PaperWidth.MM58_32));
    QueuedSlipPrinter slips = new QueuedSlipPrinter(spooler);

    slips.print(PickupSlipFixtures.acceptance(false));
    slips.print(PickupSlipFixtures.cancelledItemsOnly());
    slips.print(PickupSlipFixtures.expired());
    slips.print(PickupSlipFixtures.acceptance(true));
    assertThat(queue.waiting("gangnam-counter")).hasSize(4);

    assertThat(spooler.drain().printed()).isEqualTo(4);
    List<String> titles = List.of(
        EscPosDecoder.slip(printer.nextConnection()).texts().get(0).strip(),
        EscPosDecoder.slip(printer.nextConnection()).texts().get(0).strip(),
        EscPosDecoder.slip(printer.nextConnection()).texts().get(0).strip(),
        EscPosDecoder.slip(printer.nextConnection()).texts().get(0).strip());
    assertThat(titles).containsExactly("픽업 접수증", "픽업 취소", "픽업 기한 만료", SlipLayout.REPRINT_MARK);
  }

  @Test
  void givenARasterPrinter_whenAPickupSlipIsPrinted_thenThePrinterGetsTheDrawingThePreviewShows() throws Exception {
    var font = Environment.koreanFont();
    PrintSpooler spooler = spooler(new RasterModeEncoder(PaperWidth.MM80_48, font));

    new QueuedSlipPrinter(spooler).print(PickupSlipFixtures.wholeDetail());
    spooler.drain();

    EscPosDecoder.Slip slip = EscPosDecoder.slip(printer.nextConnection());
    var preview = new SlipPreview(PaperWidth.MM80_48, font).image(PickupSlipDocuments.of(
        PickupSlipFixtures.wholeDetail()));
    assertThat(slip.picture().getHeight()).isEqualTo(preview.getHeight());
    assertThat(slip.images()).allSatisfy(image -> assertThat(image.width()).isEqualTo(576));
  }

  @Test
  void givenAQueueThatCannotTakeTheSlip_whenPrinting_thenThePickupUseCaseHearsASlipPrintException() {
    PrintQueue broken = new PrintQueue() {
      @Override
      public long enqueue(String p, String document, Instant at) {
        throw new IllegalStateException("database down");
      }

      @Override
      public Optional<PrintJob> claimHead(String p, Instant now, Duration lease) {
        return Optional.empty();
      }

      @Override
      public void complete(long id) {}

      @Override
      public void retryLater(long id, Instant notBefore, boolean mayHavePrinted, String failure) {}

      @Override
      public List<PrintJob> waiting(String p) {
        return List.of();
      }

      @Override
      public long pendingCount() {
        return 0;
      }
    };
    PrintSpooler spooler = PrintSpooler.builder(broken, "gangnam-counter", new TextModeEncoder(PaperWidth.MM58_32),
        TcpPrinterConnection.builder(printer.host()).port(printer.port()).build(), clock).build();

    assertThatThrownBy(() -> new QueuedSlipPrinter(spooler).print(PickupSlipFixtures.acceptance(false)))
        .isInstanceOf(SlipPrintException.class)
        .hasMessageContaining("database down");
  }
}
