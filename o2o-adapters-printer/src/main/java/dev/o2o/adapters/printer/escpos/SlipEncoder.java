package dev.o2o.adapters.printer.escpos;

import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;

/** Turns a slip into the ESC/POS bytes of one whole slip, from printer initialisation to the cut. */
public interface SlipEncoder {

  /** The paper the slips are laid out for. */
  PaperWidth paper();

  /** The bytes of the slip, ending with a cut. */
  byte[] encode(SlipDocument document);
}
