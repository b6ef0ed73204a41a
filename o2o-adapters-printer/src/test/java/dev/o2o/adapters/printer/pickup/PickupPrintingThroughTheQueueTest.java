package dev.o2o.adapters.printer.pickup;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.adapters.printer.DrainReport;
import dev.o2o.adapters.printer.PrintSpooler;
import dev.o2o.adapters.printer.connection.TcpPrinterConnection;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter;
import dev.o2o.core.memory.InMemoryPrintQueue;
import dev.o2o.core.model.Quantity;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.printing.PickupPrinting;
import dev.o2o.pickup.printing.PrintOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pickup use cases print through the queue to a network printer that is off at first. */
class PickupPrintingThroughTheQueueTest {

  private final PickupWorld world = new PickupWorld();
  private final InMemoryPrintQueue queue = new InMemoryPrintQueue(world.transactions);
  private FakeNetworkPrinter printer;

  @AfterEach
  void stopPrinter() throws Exception {
    if (printer != null) {
      printer.close();
    }
  }

  @Test
  void givenThePrinterOff_whenTheStorePrintsAndThePrinterComesOn_thenEverySlipPrintsInOrder() throws Exception {
    int port = FakeNetworkPrinter.unusedPort();
    PrintSpooler spooler = PrintSpooler.builder(queue, "gangnam", new TextModeEncoder(PaperWidth.MM58_32),
        TcpPrinterConnection.builder("127.0.0.1").port(port).build(), world.clock).build();
    PickupPrinting printing = new PickupPrinting(world.pickupStore, world.activityLog, world.printSettings,
        new QueuedSlipPrinter(spooler), world.slips, world.transactions, world.clock);
    world.receive(GANGNAM, TEE, 5);
    world.receive(GANGNAM, JEANS, 5);
    Pickup pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));

    assertThat(printing.printUnprintedNow(GANGNAM, KIM)).isInstanceOf(PrintOutcome.Ran.class);
    assertThat(world.pickups.cancelLines(PickupRef.ofOrder(pickup.mallOrderNumber()), Map.of(2, Quantity.of(1)),
        Reason.of("고객 요청"), MALL).isDone()).isTrue();
    printing.printUnprintedNow(GANGNAM, KIM);
    printing.reprint(pickup.number(), KIM);

    assertThat(printing.pending(GANGNAM)).isEmpty(); // queued for certain, so no longer waiting in the pickup module
    assertThat(queue.waiting("gangnam")).hasSize(3);
    DrainReport off = spooler.drain();
    assertThat(off.printed()).isZero();

    printer = FakeNetworkPrinter.start(port);
    world.clock.advance(Duration.ofMinutes(1));
    assertThat(spooler.drain().printed()).isEqualTo(3);

    EscPosDecoder.Slip acceptance = EscPosDecoder.slip(printer.nextConnection());
    assertThat(acceptance.texts().get(0).strip()).isEqualTo("픽업 접수증");
    assertThat(acceptance.texts()).contains("             강남점", "베이직 반팔 티셔츠             1",
        "스트레이트 데님 팬츠           2", "고객         홍*동 010-****-5678");
    assertThat(acceptance.barcodes()).extracting(EscPosDecoder.Barcode::data)
        .containsExactly(pickup.number().value());
    EscPosDecoder.Slip cancellation = EscPosDecoder.slip(printer.nextConnection());
    assertThat(cancellation.texts().get(0).strip()).isEqualTo("픽업 취소");
    assertThat(cancellation.texts()).contains("스트레이트 데님 팬츠           1", "취소사유               고객 요청");
    EscPosDecoder.Slip reprint = EscPosDecoder.slip(printer.nextConnection());
    assertThat(reprint.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
    assertThat(reprint.barcodes()).extracting(EscPosDecoder.Barcode::data).containsExactly(pickup.number().value());
  }
}
