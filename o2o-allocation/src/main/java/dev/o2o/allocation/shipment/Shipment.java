package dev.o2o.allocation.shipment;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.shipping.WaybillNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shipment: lines of one or more orders (several under BULK) sent from one source location, its state, its waybill
 * once registered, and its history. Immutable: every change returns a new shipment with the change in its history.
 */
public record Shipment(
    ShipmentId id, LocationId source, List<ShipmentLine> lines, ShipmentState state,
    Optional<WaybillNumber> waybill, List<ShipmentChange> history) {

  /** Refuses missing parts, a shipment without lines or history, lines not numbered 1, 2, …, and a state without its waybill. */
  public Shipment {
    Objects.requireNonNull(id, "shipment id");
    Objects.requireNonNull(source, () -> "source of shipment " + id);
    Objects.requireNonNull(state, () -> "state of shipment " + id);
    Objects.requireNonNull(waybill, () -> "waybill of shipment " + id);
    lines = List.copyOf(lines);
    history = List.copyOf(history);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("shipment " + id + " has no lines");
    }
    if (history.isEmpty()) {
      throw new IllegalArgumentException("shipment " + id + " has no history");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).number() != i + 1) {
        throw new IllegalArgumentException("lines of shipment " + id + " must be numbered 1, 2, … in order");
      }
    }
    if ((state == ShipmentState.WAYBILL_REGISTERED || state == ShipmentState.SHIPPED) && waybill.isEmpty()) {
      throw new IllegalArgumentException("shipment " + id + " is " + state + " and must have a waybill");
    }
  }

  /** A new, allocated shipment. */
  public static Shipment allocated(ShipmentId id, LocationId source, List<ShipmentLine> lines, Instant at,
      Actor actor) {
    return new Shipment(id, source, lines, ShipmentState.ALLOCATED, Optional.empty(),
        List.of(ShipmentChange.allocatedFrom(source, at, actor)));
  }

  /** When the shipment was created. */
  public Instant createdAt() {
    return history.get(0).at();
  }

  /** The lines not cancelled: what is to be shipped. */
  public List<ShipmentLine> activeLines() {
    return lines.stream().filter(l -> !l.cancelled()).toList();
  }

  /** The orders this shipment carries lines of, in line order, each once. */
  public List<OrderId> orders() {
    return lines.stream().map(ShipmentLine::order).distinct().toList();
  }

  /** One line, or an {@link IllegalArgumentException} naming the shipment and the line. */
  public ShipmentLine line(int number) {
    if (number < 1 || number > lines.size()) {
      throw new IllegalArgumentException("shipment " + id + " has no line " + number);
    }
    return lines.get(number - 1);
  }

  /** This shipment in {@code next}, checked against the transition table. */
  public Shipment moveTo(ShipmentState next, Instant at, Actor actor, String what) {
    return moveTo(next, waybill, lines, at, actor, what);
  }

  /** This shipment with a waybill: WAYBILL_REGISTERED. */
  public Shipment registerWaybill(WaybillNumber number, Instant at, Actor actor) {
    return moveTo(ShipmentState.WAYBILL_REGISTERED, Optional.of(number), lines, at, actor,
        "waybill " + number + " registered");
  }

  /**
   * This shipment with the lines carrying {@code orderLines} of {@code order} cancelled; when no line is left, the
   * shipment is cancelled too.
   */
  public Shipment cancelOrderLines(OrderId order, Collection<Integer> orderLines, Instant at, Actor actor) {
    List<ShipmentLine> changed = new ArrayList<>(lines);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < changed.size(); i++) {
      ShipmentLine line = changed.get(i);
      if (!line.cancelled() && line.order().equals(order) && orderLines.contains(line.orderLine())) {
        changed.set(i, line.cancel());
        numbers.add(line.number());
      }
    }
    if (numbers.isEmpty()) {
      return this;
    }
    boolean nothingLeft = changed.stream().allMatch(ShipmentLine::cancelled);
    String what = "line(s) " + numbers + " cancelled with order " + order
        + (nothingLeft ? "; nothing left to ship" : "");
    return nothingLeft
        ? moveTo(ShipmentState.CANCELLED, waybill, changed, at, actor, what)
        : new Shipment(id, source, changed, state, waybill, append(new ShipmentChange(at, actor, state, what)));
  }

  private Shipment moveTo(ShipmentState next, Optional<WaybillNumber> newWaybill, List<ShipmentLine> newLines,
      Instant at, Actor actor, String what) {
    if (!state.canMoveTo(next)) {
      throw new IllegalShipmentTransitionException(id, state, next);
    }
    return new Shipment(id, source, newLines, next, newWaybill, append(new ShipmentChange(at, actor, next, what)));
  }

  /** The history and {@code change}, as an immutable list the constructor keeps as it is (List.copyOf). */
  private List<ShipmentChange> append(ShipmentChange change) {
    ShipmentChange[] more = history.toArray(new ShipmentChange[history.size() + 1]);
    more[history.size()] = change;
    return List.of(more);
  }
}
