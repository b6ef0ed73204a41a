package dev.o2o.allocation.shipment;

import java.util.Optional;

/** What registering a waybill came to. */
public sealed interface WaybillOutcome {

  /** A sentence for staff. */
  String message();

  /** Registered now; {@code warning} says when the number's mod-7 check digit does not match. */
  record Registered(Shipment shipment, Optional<String> warning) implements WaybillOutcome {
    @Override
    public String message() {
      return "shipment " + shipment.id() + ": waybill " + shipment.waybill().orElseThrow().digits() + " registered"
          + warning.map(w -> " (warning: " + w + ")").orElse("");
    }
  }

  /** The shipment already had this very waybill; nothing changed. */
  record AlreadyRegistered(Shipment shipment) implements WaybillOutcome {
    @Override
    public String message() {
      return "shipment " + shipment.id() + " already has waybill " + shipment.waybill().orElseThrow().digits();
    }
  }

  /** The number belongs to another shipment. */
  record Duplicate(String digits, ShipmentId heldBy) implements WaybillOutcome {
    @Override
    public String message() {
      return "waybill " + digits + " is already registered to shipment " + heldBy;
    }
  }

  /** No shipment (or no single one) matches what was given. */
  record UnknownShipment(String given, String why) implements WaybillOutcome {
    @Override
    public String message() {
      return "unknown shipment " + given + ": " + why;
    }
  }

  /** The number cannot be a waybill of the courier, or the courier is missing. */
  record InvalidNumber(String given, String why) implements WaybillOutcome {
    @Override
    public String message() {
      return "invalid waybill '" + given + "': " + why;
    }
  }

  /** The shipment cannot take a waybill in its state (shipped, cancelled, or it has another one). */
  record NotRegistrable(ShipmentId shipment, String why) implements WaybillOutcome {
    @Override
    public String message() {
      return "shipment " + shipment + ": " + why;
    }
  }
}
