package dev.o2o.adapters.printer.escpos;

import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Objects;

/**
 * Encodes slips for printers without a Korean font: the slip is drawn by {@link SlipDrawing} and sent as raster images
 * ({@code GS v 0}, written straight from the drawing's packed pixels) in bands of at most {@value #BAND_HEIGHT} dots,
 * then fed and cut through escpos-coffee. Thread-safe.
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
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int widthBytes = image.getWidth() / 8; // paper widths are multiples of 8 dots
    EscPosBytes out = new EscPosBytes();
    for (int y = 0; y < image.getHeight(); y += BAND_HEIGHT) {
      int rows = Math.min(BAND_HEIGHT, image.getHeight() - y);
      byte[] band = new byte[8 + widthBytes * rows];
      band[0] = 0x1D; // GS v 0, normal density, width in bytes, height in dots
      band[1] = 'v';
      band[2] = '0';
      band[3] = 0;
      band[4] = (byte) widthBytes;
      band[5] = (byte) (widthBytes >> 8);
      band[6] = (byte) rows;
      band[7] = (byte) (rows >> 8);
      int from = y * widthBytes;
      for (int i = 0; i < widthBytes * rows; i++) {
        band[8 + i] = (byte) ~pixels[from + i]; // the drawing's palette has black at 0; a printed dot is 1
      }
      EscPosBytes.io(() -> out.escPos().write(band, 0, band.length));
    }
    return out.cut(cut);
  }
}
