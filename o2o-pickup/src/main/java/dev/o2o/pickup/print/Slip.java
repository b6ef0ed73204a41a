package dev.o2o.pickup.print;

import java.time.ZonedDateTime;

/**
 * A pickup slip to print: what it says, not how it looks. Times are in the store's time zone. A reprint carries the
 * same content as the original and says it is a reprint.
 */
public sealed interface Slip permits AcceptanceSlip, CancellationSlip, ExpiredPickupsSlip {

  /** The store the slip is printed in. */
  SlipStore store();

  /** When the slip is printed. */
  ZonedDateTime printedAt();

  /** Whether this is a reprint of a slip printed before (the slip must say so). */
  boolean reprint();
}
