package dev.o2o.adapters.printer.escpos;

import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Encodes slips for printers without a Korean font: the slip is drawn by {@link SlipDrawing} and sent as raster images
 * ({@code GS v 0}) in bands of at most {@value #BAND_HEIGHT} dots, then cut. Thread-safe.
 */
public final class RasterModeEncoder implements SlipEncoder {

  /** The highest image sent in one {@code GS v 0} command: printers with small buffers take no more. */
  public static final int BAND_HEIGHT = 256;

  private final SlipLayout layout;
  private final SlipDrawing drawing;
  private final CutMode cut;

  public RasterModeEncoder(PaperWidth paper, RasterFont font, CutMode cut) {
    this.layout = new SlipLayout(paper);
    this.drawing = new SlipDrawing(font);
    this.cut = Objects.requireNonNull(cut, "cut mode");
  }

  /** Full cut. */
  public RasterModeEncoder(PaperWidth paper, RasterFont font) {
    this(paper, font, CutMode.FULL);
  }

  @Override
  public PaperWidth paper() {
    return layout.paper();
  }

  @Override
  public byte[] encode(SlipDocument document) {
    BufferedImage image = drawing.draw(layout.layOut(document));
    EscPosBytes out = new EscPosBytes();
    RasterBitImageWrapper raster = new RasterBitImageWrapper();
    for (int y = 0; y < image.getHeight(); y += BAND_HEIGHT) {
      BufferedImage band = image.getSubimage(0, y, image.getWidth(), Math.min(BAND_HEIGHT, image.getHeight() - y));
      EscPosImage escPosImage = new EscPosImage(new CoffeeImageImpl(band), new BitonalThreshold());
      EscPosBytes.io(() -> out.escPos().write(raster, escPosImage));
    }
    return out.cut(cut);
  }
}
