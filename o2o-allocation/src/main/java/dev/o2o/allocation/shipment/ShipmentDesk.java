package dev.o2o.allocation.shipment;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.Actor;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillCheck;
import dev.o2o.core.shipping.WaybillNumber;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Shipments after allocation, the use case: registers waybills (checked per courier, unique across shipments) and
 * cancels shipments before they ship, deallocating their stock and opening their order lines again in the same step.
 * Shipping itself is {@link dev.o2o.allocation.outbound.OutboundScanning}'s last step.
 */
public final class ShipmentDesk {

  private final ShipmentStore shipments;
  private final WaybillRegistry waybills;
  private final OrderStore orders;
  private final Inventory inventory;
  private final TransactionRunner transactions;
  private final Clock clock;

  public ShipmentDesk(ShipmentStore shipments, WaybillRegistry waybills, OrderStore orders, Inventory inventory,
      TransactionRunner transactions, Clock clock) {
    this.shipments = Objects.requireNonNull(shipments, "shipments");
    this.waybills = Objects.requireNonNull(waybills, "waybills");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Attaches {@code courier}'s waybill {@code number} to an allocated shipment. A number of the wrong length or with
   * other characters is refused; a failed mod-7 check digit is only a warning. The same waybill again is
   * {@link WaybillOutcome.AlreadyRegistered}.
   */
  public WaybillOutcome registerWaybill(ShipmentId id, Courier courier, String number, Actor actor) {
    Objects.requireNonNull(id, "shipment id");
    Objects.requireNonNull(courier, "courier");
    Objects.requireNonNull(actor, "actor");
    WaybillCheck check = WaybillNumber.check(courier, number);
    if (check instanceof WaybillCheck.Invalid invalid) {
      return new WaybillOutcome.InvalidNumber(String.valueOf(number), invalid.reason());
    }
    WaybillCheck.Valid valid = (WaybillCheck.Valid) check;
    WaybillNumber waybill = valid.number();
    return transactions.inTransaction(() -> {
      Optional<Shipment> found = shipments.lock(id);
      if (found.isEmpty()) {
        return new WaybillOutcome.UnknownShipment(id.value(), "no such shipment");
      }
      Shipment shipment = found.get();
      Optional<ShipmentId> holder = waybills.holderOf(waybill.digits());
      if (holder.isPresent() && !holder.get().equals(id)) {
        return new WaybillOutcome.Duplicate(waybill.digits(), holder.get());
      }
      if (shipment.waybill().isPresent()) {
        return shipment.waybill().get().equals(waybill)
            ? new WaybillOutcome.AlreadyRegistered(shipment)
            : new WaybillOutcome.NotRegistrable(id, "it already has waybill " + shipment.waybill().get());
      }
      if (shipment.state() != ShipmentState.ALLOCATED) {
        return new WaybillOutcome.NotRegistrable(id, "it is " + shipment.state());
      }
      Shipment registered = shipment.registerWaybill(waybill, clock.instant(), actor);
      shipments.save(registered);
      waybills.register(waybill, id);
      return new WaybillOutcome.Registered(registered, valid.warning());
    });
  }

  /**
   * Cancels a shipment that has not shipped: DEALLOCATE movements for its lines, its order lines open again (to be
   * allocated by a later run), the shipment CANCELLED, all in one transaction. Its waybill stays registered to it.
   */
  public CancelShipmentOutcome cancel(ShipmentId id, String reason, Actor actor) {
    requireText("reason for cancelling shipment " + id, reason);
    return transactions.inTransaction(() -> {
      Shipment shipment = shipments.lock(id).orElseThrow(() -> new ShipmentNotFoundException(id));
      if (!shipment.state().holdsStock()) {
        return new CancelShipmentOutcome.Refused(id, "shipment " + id + " is " + shipment.state()
            + " and cannot be cancelled");
      }
      Instant at = clock.instant();
      List<Movement> deallocations = new ArrayList<>();
      Map<OrderId, List<Integer>> reopened = new TreeMap<>();
      for (ShipmentLine line : shipment.activeLines()) {
        LineAllocation where = line.allocation(id, shipment.source());
        deallocations.add(Movement.builder(MovementKind.DEALLOCATE)
            .id(where.movementId(MovementKind.DEALLOCATE))
            .sku(line.sku())
            .location(shipment.source())
            .quantity(line.quantity())
            .reference(where.reference())
            .at(at)
            .actor(actor)
            .build());
        reopened.computeIfAbsent(line.order(), o -> new ArrayList<>()).add(line.orderLine());
      }
      if (!deallocations.isEmpty()) {
        LedgerOutcome outcome = inventory.apply(deallocations);
        if (outcome instanceof LedgerOutcome.Refused refused) {
          throw new IllegalStateException("cannot deallocate shipment " + id + ": " + refused.refusal().message());
        }
      }
      reopened.forEach((orderId, lines) -> {
        Order order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException(
            "shipment " + id + " carries lines of order " + orderId + ", which is not in the order store"));
        orders.save(order.reopen(lines, "shipment " + id + " cancelled: " + reason, at, actor));
      });
      Shipment cancelled = shipment.moveTo(ShipmentState.CANCELLED, at, actor, "cancelled: " + reason);
      shipments.save(cancelled);
      return new CancelShipmentOutcome.Cancelled(cancelled, deallocations);
    });
  }

  public Optional<Shipment> find(ShipmentId id) {
    return shipments.find(id);
  }

  /** The shipment a waybill number (its digits) was registered to. */
  public Optional<Shipment> findByWaybill(String digits) {
    return waybills.holderOf(digits).flatMap(shipments::find);
  }
}
