/**
 * Test tools for the printer adapter: an ESC/POS decoder, a network printer on a loopback port, a socat serial line,
 * a CODE128 reader for drawn barcodes, and sample slips.
 */
package dev.o2o.adapters.printer.testkit;
