package dev.o2o.adapters.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.testkit.Environment;
import dev.o2o.adapters.printer.testkit.SampleSlips;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SlipPreviewTest {

  @Test
  void givenASlip_whenPreviewedAsPng_thenThePngIsTheRasterDrawing() throws Exception {
    RasterFont font = Environment.koreanFont();
    SlipPreview preview = new SlipPreview(PaperWidth.MM58_32, font);

    byte[] png = preview.png(SampleSlips.acceptance().asReprint());

    BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(read.getWidth()).isEqualTo(384);
    assertThat(RasterModeEncoderTest.samePixels(read, preview.image(SampleSlips.acceptance().asReprint()))).isTrue();
    Path previews = Files.createDirectories(Path.of("target", "slip-previews"));
    Files.write(previews.resolve("acceptance-reprint-58mm.png"), png); // for a person to look at
  }

  @Test
  void givenAHangulLine_whenDrawn_thenItHasInkAndAnEmptyLineHasNone() {
    RasterFont font = Environment.koreanFont();
    BufferedImage image = new SlipPreview(PaperWidth.MM58_32, font).image(SampleSlips.acceptance());

    assertThat(inkBetween(image, 0, 2 * SlipDrawing.ROW_HEIGHT)).isPositive(); // the title
    assertThat(inkBetween(image, image.getHeight() - 4, image.getHeight())).isZero();
  }

  @Test
  void givenAFontThatCannotDrawHangul_whenChosen_thenItIsRefused() {
    assertThatThrownBy(() -> RasterFont.of(new Font("DejaVu Sans Mono", Font.PLAIN, 12)))
        .hasMessageContaining("Hangul");
    assertThatThrownBy(() -> RasterFont.named("No Such Font 123")).hasMessageContaining("No Such Font 123");
  }

  @Test
  void givenTheBundledFontPackage_whenLookingForAKoreanFont_thenOneIsFound() {
    RasterFont font = Environment.koreanFont();
    assertThat(font.font().canDisplayUpTo("똠방각하")).isEqualTo(-1);
  }

  private static int inkBetween(BufferedImage image, int from, int to) {
    int ink = 0;
    for (int y = from; y < to; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        ink += (image.getRGB(x, y) & 0xFFFFFF) == 0 ? 1 : 0;
      }
    }
    return ink;
  }
}
