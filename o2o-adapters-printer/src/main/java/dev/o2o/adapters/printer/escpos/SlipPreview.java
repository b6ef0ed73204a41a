package dev.o2o.adapters.printer.escpos;

import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A picture of a slip for host screens: the very drawing raster mode prints, as an image or a PNG. Thread-safe. */
public final class SlipPreview {

  private final SlipLayout layout;
  private final SlipDrawing drawing;

  public SlipPreview(PaperWidth paper, RasterFont font) {
    this.layout = new SlipLayout(paper);
    this.drawing = new SlipDrawing(font);
  }

  /** The slip drawn one dot a pixel, black on white. */
  public BufferedImage image(SlipDocument document) {
    return drawing.draw(layout.layOut(document));
  }

  /** The slip as PNG bytes. */
  public byte[] png(SlipDocument document) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(document), "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PNG into memory failed", e);
    }
    return png.toByteArray();
  }
}
