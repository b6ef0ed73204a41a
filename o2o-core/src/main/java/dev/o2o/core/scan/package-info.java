/**
 * Barcode scans on their way in: the {@link dev.o2o.core.scan.ScanSink} port that scanner adapters hand raw codes to,
 * the {@link dev.o2o.core.scan.CodeRecogniser} that tells item barcodes, slips and waybills apart (reporting anything
 * else as unrecognised, with the reason, never by throwing), the double-read window, and the
 * {@link dev.o2o.core.scan.ScanListener} through which recognised {@link dev.o2o.core.scan.Scan}s reach the domain.
 */
package dev.o2o.core.scan;
