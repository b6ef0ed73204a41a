/**
 * Mall orders: intake (idempotent per channel and mall order number), lines and their states, shipment hold, flag,
 * priority, notes, cancellation with deallocation, the integrated order view, the {@link dev.o2o.core.order.OrderBook}
 * use case and the {@link dev.o2o.core.order.OrderStore} port.
 */
package dev.o2o.core.order;
