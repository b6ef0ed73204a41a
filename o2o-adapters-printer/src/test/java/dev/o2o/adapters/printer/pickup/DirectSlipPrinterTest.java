package dev.o2o.adapters.printer.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.adapters.printer.connection.TcpPrinterConnection;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter;
import dev.o2o.adapters.printer.testkit.FakeNetworkPrinter.BreakAfter;
import dev.o2o.pickup.print.SlipPrintException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DirectSlipPrinterTest {

  @Test
  void givenAPrinterThatIsOff_whenPrinting_thenTheUseCaseHearsItAndTheNextPrintIsNoReprint() throws Exception {
    int port = FakeNetworkPrinter.unusedPort();
    DirectSlipPrinter slips = new DirectSlipPrinter(new TextModeEncoder(PaperWidth.MM58_32),
        TcpPrinterConnection.builder("127.0.0.1").port(port).build());

    assertThatThrownBy(() -> slips.print(PickupSlipFixtures.acceptance(false)))
        .isInstanceOf(SlipPrintException.class)
        .hasMessageContaining("refused");

    try (FakeNetworkPrinter printer = FakeNetworkPrinter.start(port)) {
      slips.print(PickupSlipFixtures.acceptance(false));
      assertThat(EscPosDecoder.slip(printer.nextConnection()).texts().get(0).strip()).isEqualTo("픽업 접수증");
    }
  }

  @Test
  void givenASlipCutOffMidPrint_whenPrintedAgain_thenItIsPrintedWholeMarkedAsAReprint() throws Exception {
    try (FakeNetworkPrinter printer = FakeNetworkPrinter.start().thenBehave(new BreakAfter(50))) {
      DirectSlipPrinter slips = new DirectSlipPrinter(new TextModeEncoder(PaperWidth.MM58_32),
          TcpPrinterConnection.builder(printer.host()).port(printer.port())
              .confirmWithStatus(Duration.ofSeconds(2)).build());

      assertThatThrownBy(() -> slips.print(PickupSlipFixtures.cancelledItemsOnly()))
          .isInstanceOf(SlipPrintException.class);
      assertThat(printer.nextConnection()).hasSize(50);
      slips.print(PickupSlipFixtures.cancelledItemsOnly());
      slips.print(PickupSlipFixtures.cancelledItemsOnly());

      EscPosDecoder.Slip again = EscPosDecoder.slip(printer.nextConnection());
      assertThat(again.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
      assertThat(again.texts()).contains("   픽업 취소");
      EscPosDecoder.Slip third = EscPosDecoder.slip(printer.nextConnection());
      assertThat(third.texts().get(0).strip()).isEqualTo("픽업 취소");
    }
  }
}
