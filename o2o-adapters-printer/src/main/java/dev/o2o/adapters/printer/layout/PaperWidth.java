package dev.o2o.adapters.printer.layout;

/**
 * The paper a printer takes, as the columns of its 12-dot font and the dots of its print head (203 dpi): a Hangul
 * character takes two columns.
 */
public enum PaperWidth {
  /** 58 mm roll: 32 columns, 384 dots. */
  MM58_32(58, 32, 384),
  /** 80 mm roll on printers that print 42 columns (512 dots). */
  MM80_42(80, 42, 512),
  /** 80 mm roll: 48 columns, 576 dots. */
  MM80_48(80, 48, 576);

  private final int millimetres;
  private final int columns;
  private final int dots;

  PaperWidth(int millimetres, int columns, int dots) {
    this.millimetres = millimetres;
    this.columns = columns;
    this.dots = dots;
  }

  public int millimetres() {
    return millimetres;
  }

  /** How many single-width characters fit on a line. */
  public int columns() {
    return columns;
  }

  /** How many dots the print head has across the printable width; a multiple of 8. */
  public int dots() {
    return dots;
  }
}
