/**
 * Scanner adapters: barcode input from serial scanners (jSerialComm, reopened by itself after an unplug), keyboard
 * wedges (standard input or any {@link java.io.Reader}) and network scanners sending lines over TCP. Each hands the
 * codes it reads to o2o-core's {@link dev.o2o.core.scan.ScanSink} and reports its connection state to a
 * {@link dev.o2o.adapters.scanner.ScannerEventListener}.
 */
package dev.o2o.adapters.scanner;
