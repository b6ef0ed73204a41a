package dev.o2o.adapters.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.testkit.Code128Reader;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.Environment;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RasterModeEncoderTest {

  @ParameterizedTest
  @EnumSource(PaperWidth.class)
  void givenTheAcceptanceSlip_whenEncodedInRasterMode_thenThePrinterGetsTheDrawingAsImagesAndACut(PaperWidth paper) {
    RasterFont font = Environment.koreanFont();
    SlipDocument document = SampleSlips.acceptance();

    EscPosDecoder.Slip slip = EscPosDecoder.slip(new RasterModeEncoder(paper, font).encode(document));

    assertThat(slip.images()).isNotEmpty()
        .allSatisfy(image -> {
          assertThat(image.width()).isEqualTo(paper.dots());
          assertThat(image.height()).isLessThanOrEqualTo(RasterModeEncoder.BAND_HEIGHT);
        });
    assertThat(slip.texts()).allMatch(String::isEmpty); // only the feed before the cut
    assertThat(slip.barcodes()).isEmpty();
    assertThat(slip.isCut()).isTrue();
    assertThat(samePixels(slip.picture(), new SlipPreview(paper, font).image(document))).isTrue();
  }

  @Test
  void givenARasterSlip_whenAScannerReadsItsBarcode_thenItReadsTheSlipNumber() {
    RasterFont font = Environment.koreanFont();
    BufferedImage printed = EscPosDecoder.slip(new RasterModeEncoder(PaperWidth.MM58_32, font)
        .encode(SampleSlips.acceptance())).picture();

    List<String> read = new ArrayList<>();
    for (int y = 0; y < printed.getHeight(); y++) {
      try {
        read.add(Code128Reader.read(printed, y));
      } catch (IllegalStateException noBarcodeOnThisRow) {
        // text rows
      }
    }
    assertThat(read).hasSize(EscPosBytes.BARCODE_HEIGHT).containsOnly(SampleSlips.SLIP_NUMBER);
  }

  @Test
  void givenAReprint_whenDrawn_thenItIsTallerThanTheOriginalByTheMark() {
    RasterFont font = Environment.koreanFont();
    SlipPreview preview = new SlipPreview(PaperWidth.MM80_48, font);

    int original = preview.image(SampleSlips.acceptance()).getHeight();
    int reprint = preview.image(SampleSlips.acceptance().asReprint()).getHeight();

    assertThat(reprint - original).isEqualTo(2 * SlipDrawing.ROW_HEIGHT + SlipDrawing.ROW_HEIGHT + SlipDrawing.ROW_HEIGHT);
  }

  static boolean samePixels(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if ((a.getRGB(x, y) & 0xFFFFFF) != (b.getRGB(x, y) & 0xFFFFFF)) {
          return false;
        }
      }
    }
    return true;
  }
}
