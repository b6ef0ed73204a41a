/**
 * Slips as printer-neutral documents ({@link dev.o2o.adapters.printer.layout.SlipDocument}) and the layout engine
 * that sets them in columns of a paper width, counting a Hangul character as two columns and wrapping what does not
 * fit ({@link dev.o2o.adapters.printer.layout.SlipLayout}).
 */
package dev.o2o.adapters.printer.layout;
