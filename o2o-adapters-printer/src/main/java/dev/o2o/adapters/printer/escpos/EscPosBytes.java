package dev.o2o.adapters.printer.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import dev.o2o.adapters.printer.layout.Code128;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The escpos-coffee writer of one slip into memory, with what escpos-coffee lacks: Korean mode and our barcode. */
final class EscPosBytes {

  /** Height of a printed barcode's bars, in dots. */
  static final int BARCODE_HEIGHT = 80;
  /** Lines fed after a slip, so that the cut does not go through its last line. */
  static final int FEED_BEFORE_CUT = 4;

  private static final int FS = 0x1C;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
  private final EscPos escPos = new EscPos(bytes);

  EscPosBytes() {
    escPos.setCharsetName(SlipText.CHARSET.name());
    io(() -> escPos.initializePrinter());
  }

  EscPos escPos() {
    return escPos;
  }

  /** Writes printable text; text outside ASCII goes inside Korean mode ({@code FS &} ... {@code FS .}). */
  void text(com.github.anastaciocintra.escpos.Style style, String printable) {
    io(() -> {
      if (SlipText.needsKoreanMode(printable)) {
        escPos.write(FS).write('&');
        escPos.write(style, printable);
        escPos.write(FS).write('.');
        escPos.write('\n');
      } else {
        escPos.writeLF(style, printable);
      }
    });
  }

  /** A centred CODE128 barcode with its human-readable text below, at the widest module that fits the paper. */
  void barcode(String data, PaperWidth paper) {
    Code128 symbol = Code128.of(data);
    int module = Math.max(2, symbol.moduleWidthFor(paper.dots()));
    BarCode barCode = new BarCode()
        .setSystem(BarCode.BarCodeSystem.CODE128)
        .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
        .setBarCodeSize(module, BARCODE_HEIGHT)
        .setJustification(EscPosConst.Justification.Center);
    io(() -> escPos.write(barCode, symbol.escPosData()));
  }

  /** Feeds and cuts, and returns every byte written. */
  byte[] cut(CutMode mode) {
    io(() -> {
      escPos.feed(FEED_BEFORE_CUT);
      escPos.cut(mode == CutMode.FULL ? EscPos.CutMode.FULL : EscPos.CutMode.PART);
    });
    return bytes.toByteArray();
  }

  /** A write into memory, which cannot fail with an I/O error. */
  interface MemoryWrite {
    void run() throws IOException;
  }

  static void io(MemoryWrite write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException("writing ESC/POS into memory failed", e);
    }
  }
}
