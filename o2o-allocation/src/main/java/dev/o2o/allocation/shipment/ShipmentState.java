package dev.o2o.allocation.shipment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of a shipment, with its transition table: ALLOCATED → WAYBILL_REGISTERED → SHIPPED; ALLOCATED or
 * WAYBILL_REGISTERED → CANCELLED (its stock deallocated).
 */
public enum ShipmentState {
  ALLOCATED,
  WAYBILL_REGISTERED,
  SHIPPED,
  CANCELLED;

  private static final Map<ShipmentState, Set<ShipmentState>> NEXT = new EnumMap<>(ShipmentState.class);

  static {
    NEXT.put(ALLOCATED, EnumSet.of(WAYBILL_REGISTERED, CANCELLED));
    NEXT.put(WAYBILL_REGISTERED, EnumSet.of(SHIPPED, CANCELLED));
    NEXT.put(SHIPPED, EnumSet.noneOf(ShipmentState.class));
    NEXT.put(CANCELLED, EnumSet.noneOf(ShipmentState.class));
  }

  /** Whether the table allows moving from this state to {@code next}. */
  public boolean canMoveTo(ShipmentState next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether the shipment's stock is still promised (allocated, not shipped or given back). */
  public boolean holdsStock() {
    return this == ALLOCATED || this == WAYBILL_REGISTERED;
  }
}
