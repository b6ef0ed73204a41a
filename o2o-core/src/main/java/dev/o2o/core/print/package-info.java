/**
 * Slips waiting for a printer: the {@link dev.o2o.core.print.PrintQueue} port, which keeps them until a printer has
 * taken them, in order per printer, so that a printer that is off loses nothing.
 */
package dev.o2o.core.print;
