package dev.o2o.adapters.printer;

import dev.o2o.adapters.printer.connection.PrinterException;
import dev.o2o.core.print.PrintJob;
import java.time.Instant;

/** What the host hears from a {@link PrintSpooler}: each slip printed and each failed attempt. Called on its thread. */
public interface PrintListener {

  /** A slip was taken whole by the printer; {@code job.mayHavePrinted()} says it was printed as a reprint. */
  default void printed(PrintJob job) {}

  /**
   * An attempt failed: the slip stays first in its printer's queue and is tried again at {@code nextAttempt};
   * {@code failure.mayHavePrinted()} says part of it may be on paper (it will be printed again whole, as a reprint).
   */
  default void failed(PrintJob job, PrinterException failure, Instant nextAttempt) {}
}
