/**
 * Where slips go: {@link dev.o2o.adapters.printer.connection.PrinterConnection}s to a network printer (TCP, port 9100,
 * on a socket the adapter opens itself, with connect and write timeouts), a serial printer (jSerialComm), a device or
 * file, or any {@link java.io.OutputStream}; each tells a printer that was never reached from one that may have
 * printed part of a slip.
 */
package dev.o2o.adapters.printer.connection;
