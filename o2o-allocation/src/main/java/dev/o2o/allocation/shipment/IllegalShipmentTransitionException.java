package dev.o2o.allocation.shipment;

/** A shipment was asked to move between two states the transition table does not join. */
public final class IllegalShipmentTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IllegalShipmentTransitionException(ShipmentId shipment, ShipmentState from, ShipmentState to) {
    super("shipment " + shipment + " cannot move from " + from + " to " + to);
  }
}
