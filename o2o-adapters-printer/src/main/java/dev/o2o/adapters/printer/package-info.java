/**
 * The slip printer adapter: {@link dev.o2o.adapters.printer.PrintSpooler} takes slips from the
 * {@link dev.o2o.core.print.PrintQueue} to a printer, at least once and in order, retrying with back-off and reporting
 * failures to a {@link dev.o2o.adapters.printer.PrintListener}.
 */
package dev.o2o.adapters.printer;
