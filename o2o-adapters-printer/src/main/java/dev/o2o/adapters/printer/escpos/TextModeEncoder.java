package dev.o2o.adapters.printer.escpos;

import com.github.anastaciocintra.escpos.Style;
import dev.o2o.adapters.printer.layout.LaidOutSlip;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.Row;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.layout.SlipLayout;
import java.util.Objects;

/**
 * Encodes slips as text for a printer with a Korean font: each row as one line in CP949, rows with Hangul inside the
 * printer's Korean mode; titles in double size; the slip number as a CODE128 barcode with its text below; then a cut.
 * Thread-safe.
 */
public final class TextModeEncoder implements SlipEncoder {

  private final SlipLayout layout;
  private final CutMode cut;

  public TextModeEncoder(PaperWidth paper, CutMode cut) {
    this.layout = new SlipLayout(paper);
    this.cut = Objects.requireNonNull(cut, "cut mode");
  }

  /** Full cut. */
  public TextModeEncoder(PaperWidth paper) {
    this(paper, CutMode.FULL);
  }

  @Override
  public PaperWidth paper() {
    return layout.paper();
  }

  @Override
  public byte[] encode(SlipDocument document) {
    LaidOutSlip slip = layout.layOut(document);
    EscPosBytes out = new EscPosBytes();
    for (Row row : slip.rows()) {
      if (row instanceof Row.TextRow text) {
        Style style = new Style().setBold(text.bold());
        if (text.doubleSize()) {
          style.setFontSize(Style.FontSize._2, Style.FontSize._2);
        }
        out.text(style, text.text());
      } else if (row instanceof Row.BarcodeRow barcode) {
        out.barcode(barcode.data(), slip.paper());
      }
    }
    return out.cut(cut);
  }
}
