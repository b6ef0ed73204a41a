package dev.o2o.allocation.outbound;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.scan.ScannerId;
import java.util.Optional;

/**
 * Outbound port: the scanning sessions, one per shipment. Writes are called inside a transaction; a station has at
 * most one OPEN session at a time (the use case sees to it).
 */
public interface ScanSessionStore {

  /** The OPEN session at a station, if any. */
  Optional<ScanSession> openAt(ScannerId station);

  /** The session of a shipment, in whatever state. */
  Optional<ScanSession> ofShipment(ShipmentId shipment);

  /** Adds or replaces the session of its shipment. */
  void save(ScanSession session);
}
