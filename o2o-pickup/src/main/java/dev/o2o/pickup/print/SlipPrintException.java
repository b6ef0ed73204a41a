package dev.o2o.pickup.print;

/** A slip could not be printed: an infrastructure fault, wrapping the printer adapter's own exception. */
public class SlipPrintException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SlipPrintException(String message) {
    super(message);
  }

  public SlipPrintException(String message, Throwable cause) {
    super(message, cause);
  }
}
