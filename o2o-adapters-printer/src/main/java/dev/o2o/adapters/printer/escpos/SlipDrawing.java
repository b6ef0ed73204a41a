package dev.o2o.adapters.printer.escpos;

import dev.o2o.adapters.printer.layout.Code128;
import dev.o2o.adapters.printer.layout.LaidOutSlip;
import dev.o2o.adapters.printer.layout.Row;
import dev.o2o.adapters.printer.layout.SlipText;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Draws a laid-out slip with Java2D, black on white, one dot a pixel, as wide as the print head: each character in the
 * columns the layout gave it (a Hangul character in two), so the drawing lines up like the printer's own text. Raster
 * printing and the PNG preview both use this drawing. Thread-safe.
 */
public final class SlipDrawing {

  /** Height of a normal row, in dots; a double-size row is twice as high. */
  public static final int ROW_HEIGHT = 32;
  /** Space above and below a barcode, in dots. */
  public static final int BARCODE_MARGIN = 8;

  /** The font by weight (plain, bold) and size (normal, double). */
  private final Font[][] faces = new Font[2][2];

  public SlipDrawing(RasterFont font) {
    Objects.requireNonNull(font, "raster font");
    for (int bold = 0; bold < 2; bold++) {
      for (int scale = 1; scale <= 2; scale++) {
        faces[bold][scale - 1] = font.font().deriveFont(bold == 1 ? Font.BOLD : Font.PLAIN, 24f * scale);
      }
    }
  }

  /** The slip as a black-and-white image {@code paper.dots()} wide. */
  public BufferedImage draw(LaidOutSlip slip) {
    int width = slip.paper().dots();
    double column = (double) width / slip.paper().columns();
    int height = 0;
    for (Row row : slip.rows()) {
      height += height(row);
    }
    BufferedImage image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, image.getHeight());
      g.setColor(Color.BLACK);
      int top = 0;
      for (Row row : slip.rows()) {
        if (row instanceof Row.TextRow text) {
          drawText(g, text.text(), text.bold(), text.doubleSize() ? 2 : 1, column, top, 0);
        } else if (row instanceof Row.BarcodeRow barcode) {
          drawBarcode(g, barcode.data(), width, column, top);
        }
        top += height(row);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private static int height(Row row) {
    if (row instanceof Row.TextRow text) {
      return text.doubleSize() ? 2 * ROW_HEIGHT : ROW_HEIGHT;
    }
    return BARCODE_MARGIN + EscPosBytes.BARCODE_HEIGHT + ROW_HEIGHT + BARCODE_MARGIN;
  }

  private void drawText(Graphics2D g, String text, boolean bold, int scale, double column, int top, double left) {
    g.setFont(faces[bold ? 1 : 0][scale - 1]);
    FontMetrics metrics = g.getFontMetrics();
    int rowHeight = ROW_HEIGHT * scale;
    int baseline = top + (rowHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
    double x = left;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      double span = SlipText.columns(c) * column * scale;
      if (c != ' ') {
        int advance = metrics.charWidth(c);
        if (advance <= span) {
          g.drawString(String.valueOf(c), (float) (x + (span - advance) / 2), baseline);
        } else {
          AffineTransform saved = g.getTransform();
          g.translate(x, baseline);
          g.scale(span / advance, 1);
          g.drawString(String.valueOf(c), 0, 0);
          g.setTransform(saved);
        }
      }
      x += span;
    }
  }

  private void drawBarcode(Graphics2D g, String data, int width, double column, int top) {
    Code128 symbol = Code128.of(data);
    int module = Math.max(1, symbol.moduleWidthFor(width));
    boolean[] bars = symbol.bars();
    int x0 = (width - bars.length * module) / 2;
    int barTop = top + BARCODE_MARGIN;
    for (int i = 0; i < bars.length; i++) {
      if (bars[i]) {
        g.fillRect(x0 + i * module, barTop, module, EscPosBytes.BARCODE_HEIGHT);
      }
    }
    double textLeft = (width - SlipText.columns(data) * column) / 2;
    drawText(g, data, false, 1, column, barTop + EscPosBytes.BARCODE_HEIGHT, textLeft);
  }
}
