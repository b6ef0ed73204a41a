package dev.o2o.allocation.outbound;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.scan.ScannerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outbound scanning of one shipment: its waybill, the scanner (station) it is open at or was last open at, its
 * state, the units scanned so far in scan order (so the last can be undone), who last worked on it and when.
 */
public record ScanSession(
    ShipmentId shipment, String waybill, ScannerId station, SessionState state, List<SkuCode> scanned,
    Actor actor, Instant startedAt, Instant updatedAt) {

  /** Refuses missing parts. */
  public ScanSession {
    Objects.requireNonNull(shipment, "shipment");
    Objects.requireNonNull(waybill, "waybill of " + shipment);
    Objects.requireNonNull(station, "station of " + shipment);
    Objects.requireNonNull(state, "state of " + shipment);
    Objects.requireNonNull(actor, "actor of " + shipment);
    Objects.requireNonNull(startedAt, "start of " + shipment);
    Objects.requireNonNull(updatedAt, "last change of " + shipment);
    scanned = List.copyOf(scanned);
  }

  /** A new session, open at {@code station}. */
  public static ScanSession open(ShipmentId shipment, String waybill, ScannerId station, Actor actor, Instant at) {
    return new ScanSession(shipment, waybill, station, SessionState.OPEN, List.of(), actor, at, at);
  }

  /** This session with one more unit scanned. */
  public ScanSession withScan(SkuCode sku, Actor by, Instant at) {
    List<SkuCode> more = new ArrayList<>(scanned);
    more.add(sku);
    return new ScanSession(shipment, waybill, station, state, more, by, startedAt, at);
  }

  /** This session without its last scan. */
  public ScanSession withoutLastScan(Actor by, Instant at) {
    if (scanned.isEmpty()) {
      throw new IllegalStateException("session of shipment " + shipment + " has no scan to undo");
    }
    return new ScanSession(shipment, waybill, station, state, scanned.subList(0, scanned.size() - 1), by, startedAt,
        at);
  }

  /** This session in {@code next} at {@code where}, checked against the transition table. */
  public ScanSession moveTo(SessionState next, ScannerId where, Actor by, Instant at) {
    if (!state.canMoveTo(next)) {
      throw new IllegalStateException("scan session of shipment " + shipment + " cannot move from " + state + " to "
          + next);
    }
    return new ScanSession(shipment, waybill, where, next, scanned, by, startedAt, at);
  }
}
