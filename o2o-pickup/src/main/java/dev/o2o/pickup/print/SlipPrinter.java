package dev.o2o.pickup.print;

/**
 * Outbound port: the store's slip printer (the sales receipt printer). An adapter renders the slip (Korean text, the
 * CODE128 barcode of its {@link SlipNumber}, a reprint mark) and sends it; it returns once the printer took the whole
 * slip, or, for a spooling adapter, once the slip is durably queued for printing. Either way the caller then counts
 * the slip as printed (a cancellation slip's items leave the hanger; an expiry slip expires its pickups).
 */
public interface SlipPrinter {

  /**
   * Prints one slip; throws {@link SlipPrintException} when it could not (printer offline, paper out, I/O failure),
   * in which case the caller treats the slip as not printed.
   */
  void print(Slip slip);
}
