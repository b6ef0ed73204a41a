package dev.o2o.allocation.shipment;

import dev.o2o.core.model.Actor;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderCancellationListener;
import dev.o2o.core.order.OrderLine;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps shipments in step with order cancellations: given to {@link dev.o2o.core.order.OrderBook} as its listener, it
 * marks the cancelled lines in their shipments (already deallocated by the order book), inside the same transaction,
 * and cancels a shipment left with nothing to ship.
 */
public final class ShipmentLineCanceller implements OrderCancellationListener {

  private final ShipmentStore shipments;
  private final Clock clock;

  public ShipmentLineCanceller(ShipmentStore shipments, Clock clock) {
    this.shipments = Objects.requireNonNull(shipments, "shipments");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void onAllocatedLinesCancelled(Order order, List<OrderLine> lines, Actor actor) {
    Map<String, List<Integer>> byShipment = lines.stream().collect(Collectors.groupingBy(
        l -> l.allocation().map(LineAllocation::shipmentId).orElseThrow(), TreeMap::new,
        Collectors.mapping(OrderLine::number, Collectors.toList())));
    byShipment.forEach((id, orderLines) -> {
      ShipmentId shipmentId = ShipmentId.of(id);
      Shipment shipment = shipments.lock(shipmentId).orElseThrow(() -> new IllegalStateException(
          "order " + order.id() + " names shipment " + id + ", which is not in the shipment store"));
      shipments.save(shipment.cancelOrderLines(order.id(), orderLines, clock.instant(), actor));
    });
  }
}
