package dev.o2o.adapters.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import dev.o2o.adapters.printer.layout.Block;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.EscPosDecoder.Barcode;
import dev.o2o.adapters.printer.testkit.EscPosDecoder.TextLine;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import dev.o2o.adapters.printer.testkit.SlipGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextModeEncoderTest {

  @Test
  void givenTheAcceptanceSlip_whenEncodedAndDecoded_thenThePrinterPrintsTheLaidOutLinesInCp949() {
    byte[] bytes = new TextModeEncoder(PaperWidth.MM58_32).encode(SampleSlips.acceptance());

    EscPosDecoder.Slip slip = EscPosDecoder.slip(bytes);
    assertThat(slip.texts())
        .isEqualTo(withFeed(new SlipLayout(PaperWidth.MM58_32).layOut(SampleSlips.acceptance()).textLines()));
    assertThat(slip.texts()).contains("주문번호      MALL-20250301-0001", "코트 (벨티드) 오트밀");
    assertThat(slip.isCut()).isTrue();
  }

  @Test
  void givenHangulLines_whenEncoded_thenOnlyTheyAreInsideKoreanMode() {
    EscPosDecoder.Slip slip = EscPosDecoder.slip(new TextModeEncoder(PaperWidth.MM80_48).encode(
        SampleSlips.acceptance()));

    assertThat(slip.lines()).filteredOn(line -> line.text().chars().anyMatch(c -> c >= 0x80))
        .isNotEmpty()
        .allMatch(TextLine::koreanMode);
    assertThat(slip.lines()).filteredOn(line -> line.text().equals("-".repeat(48)))
        .isNotEmpty()
        .noneMatch(TextLine::koreanMode);
  }

  @Test
  void givenTheTitle_whenEncoded_thenItIsBoldAndDoubleSizeAndFitsThePaper() {
    TextLine title = EscPosDecoder.slip(new TextModeEncoder(PaperWidth.MM58_32).encode(SampleSlips.acceptance()))
        .lines().get(0);

    assertThat(title.text()).isEqualTo("  픽업 접수증");
    assertThat(title.bold()).isTrue();
    assertThat(title.widthScale()).isEqualTo(2);
    assertThat(title.heightScale()).isEqualTo(2);
    assertThat(title.columns()).isLessThanOrEqualTo(32);
  }

  @Test
  void givenTheSlipNumber_whenEncoded_thenItIsACode128BarcodeWithItsTextBelow() {
    List<Barcode> barcodes = EscPosDecoder.slip(new TextModeEncoder(PaperWidth.MM58_32).encode(
        SampleSlips.acceptance())).barcodes();

    assertThat(barcodes).hasSize(1);
    Barcode barcode = barcodes.get(0);
    assertThat(barcode.type()).isEqualTo("CODE128");
    assertThat(barcode.data()).isEqualTo(SampleSlips.SLIP_NUMBER);
    assertThat(barcode.hriPosition()).isEqualTo(2); // below the bars
    assertThat(barcode.moduleWidth()).isEqualTo(2);
  }

  @Test
  void givenAReprint_whenEncoded_thenThePrintedSlipStartsWithTheReprintMark() {
    EscPosDecoder.Slip slip = EscPosDecoder.slip(new TextModeEncoder(PaperWidth.MM58_32).encode(
        SampleSlips.acceptance().asReprint()));

    assertThat(slip.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
    assertThat(slip.lines().get(0).widthScale()).isEqualTo(2);
    assertThat(slip.texts().get(1).strip()).isEqualTo(SlipLayout.REPRINT_NOTE);
  }

  @Test
  void givenControlCharactersInAName_whenEncoded_thenNoCommandReachesThePrinter() {
    SlipDocument document = SlipDocument.of(List.of(new Block.Item("코트\u001DV\u0000\u001B@", List.of(), "1")));

    EscPosDecoder.Slip slip = EscPosDecoder.slip(new TextModeEncoder(PaperWidth.MM58_32, CutMode.PARTIAL)
        .encode(document));

    assertThat(slip.printed()).filteredOn(EscPosDecoder.Cut.class::isInstance).hasSize(1);
    assertThat(slip.texts().get(0)).startsWith("코트 V @ ");
    assertThat(((EscPosDecoder.Cut) slip.printed().get(slip.printed().size() - 1)).partial()).isTrue();
  }

  @Test
  void givenAnyDocumentOnAnyPaper_whenPrinted_thenNoPrintedLineIsWiderThanThePaper() {
    qt().withExamples(300)
        .forAll(SlipGenerators.documents(), arbitrary().enumValues(PaperWidth.class))
        .check((document, paper) -> EscPosDecoder.slip(new TextModeEncoder(paper).encode(document)).lines().stream()
            .allMatch(line -> line.columns() <= paper.columns()));
  }

  private static List<String> withFeed(List<String> lines) {
    List<String> printed = new java.util.ArrayList<>(lines);
    for (int i = 0; i < 4; i++) {
      printed.add(""); // the feed before the cut
    }
    return printed;
  }
}
