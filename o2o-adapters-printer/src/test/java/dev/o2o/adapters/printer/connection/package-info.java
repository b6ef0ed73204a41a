/** Tests of the printer connections against a loopback network printer, a socat serial line, files and streams. */
package dev.o2o.adapters.printer.connection;
