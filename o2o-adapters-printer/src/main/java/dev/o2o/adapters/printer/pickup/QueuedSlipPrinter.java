package dev.o2o.adapters.printer.pickup;

import dev.o2o.adapters.printer.PrintSpooler;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import java.util.Objects;

/**
 * The {@link SlipPrinter} of a store on the durable print queue: {@link #print} puts the slip in its printer's queue
 * (in the caller's transaction when there is one) and returns; the {@link PrintSpooler} then prints it at least once,
 * in order, whatever state the printer is in, as {@link PrintSpooler} states. So "printed" to the pickup use cases
 * means "queued for certain": a printer that is off delays slips but loses none. Thread-safe.
 */
public final class QueuedSlipPrinter implements SlipPrinter {

  private final PrintSpooler spooler;

  public QueuedSlipPrinter(PrintSpooler spooler) {
    this.spooler = Objects.requireNonNull(spooler, "print spooler");
  }

  /** Queues the slip; throws {@link SlipPrintException} only when the queue could not take it. */
  @Override
  public void print(Slip slip) {
    try {
      spooler.enqueue(PickupSlipDocuments.of(slip));
    } catch (RuntimeException e) {
      throw new SlipPrintException("the print queue of printer " + spooler.printer() + " could not take the slip of "
          + slip.store().id() + ": " + e.getMessage(), e);
    }
  }
}
