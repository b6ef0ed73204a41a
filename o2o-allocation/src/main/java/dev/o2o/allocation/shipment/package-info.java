/**
 * Shipments: the units an allocation run creates (lines of one or more orders, from one source location), their state
 * table and the {@link dev.o2o.allocation.shipment.ShipmentStore} port.
 */
package dev.o2o.allocation.shipment;
