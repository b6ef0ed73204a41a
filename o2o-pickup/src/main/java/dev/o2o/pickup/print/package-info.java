/**
 * Pickup slips as plain models (acceptance, cancellation, expired pickups; a reprint marked as one), the
 * {@link dev.o2o.pickup.print.SlipNumber} their CODE128 barcode carries, and the
 * {@link dev.o2o.pickup.print.SlipPrinter} outbound port an adapter renders them through. Nothing here knows how a
 * printer lays a slip out.
 */
package dev.o2o.pickup.print;
