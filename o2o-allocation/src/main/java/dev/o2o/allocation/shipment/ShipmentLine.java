package dev.o2o.allocation.shipment;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.OrderId;

/**
 * One line of a shipment: its number in the shipment, the order line it carries, SKU and quantity, and whether that
 * order line was cancelled after allocation (its stock given back, nothing left to ship).
 */
public record ShipmentLine(int number, OrderId order, int orderLine, SkuCode sku, Quantity quantity,
    boolean cancelled) {

  /** Refuses numbers below 1 and a zero quantity. */
  public ShipmentLine {
    if (order == null || sku == null || quantity == null) {
      // No lambda per message: an allocation run makes shipment lines by the million, and the JIT does not always
      // remove the lambdas.
      throw new NullPointerException(
          (order == null ? "order" : sku == null ? "SKU" : "quantity") + " of shipment line " + number);
    }
    if (number < 1 || orderLine < 1) {
      throw new IllegalArgumentException(
          "shipment line " + number + " (order line " + orderLine + ") must be numbered from 1");
    }
    if (quantity.isZero()) {
      throw new IllegalArgumentException("shipment line " + number + " (" + sku + ") must carry at least one unit");
    }
  }

  /** Where this line's stock is promised, as the order line records it. */
  public LineAllocation allocation(ShipmentId shipment, LocationId source) {
    return new LineAllocation(shipment.value(), number, source);
  }

  /** This line, cancelled. */
  public ShipmentLine cancel() {
    return new ShipmentLine(number, order, orderLine, sku, quantity, true);
  }
}
