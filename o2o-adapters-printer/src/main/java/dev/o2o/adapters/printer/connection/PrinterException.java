package dev.o2o.adapters.printer.connection;

/**
 * A slip did not reach the printer whole. {@link #mayHavePrinted()} tells a printer that was never reached (off,
 * refused, no such port: nothing can be on paper) from an attempt that broke off after bytes had gone out (part of the
 * slip may be on paper).
 */
public final class PrinterException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean mayHavePrinted;

  private PrinterException(String message, Throwable cause, boolean mayHavePrinted) {
    super(message, cause);
    this.mayHavePrinted = mayHavePrinted;
  }

  /** Nothing of the slip reached the printer. */
  public static PrinterException unreachable(String message, Throwable cause) {
    return new PrinterException(message, cause, false);
  }

  /** Bytes of the slip went out before the failure: part of it, or all of it, may be on paper. */
  public static PrinterException interrupted(String message, Throwable cause) {
    return new PrinterException(message, cause, true);
  }

  /** Whether part of the slip may have been printed. */
  public boolean mayHavePrinted() {
    return mayHavePrinted;
  }
}
