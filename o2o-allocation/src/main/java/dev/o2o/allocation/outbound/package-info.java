/**
 * Outbound scanning: a session per shipment, started by scanning its waybill, fed by scanning each unit (EAN-13 or
 * SKU code); wrong, extra and unknown codes are refused and change nothing; the last scan can be undone; a session can
 * be abandoned and resumed; the last unit ships the shipment (SHIP movements, order lines SHIPPED, the mall told) in
 * one transaction. {@link dev.o2o.allocation.outbound.OutboundScanning} is the use case,
 * {@link dev.o2o.allocation.outbound.ScanSessionStore} its port.
 */
package dev.o2o.allocation.outbound;
