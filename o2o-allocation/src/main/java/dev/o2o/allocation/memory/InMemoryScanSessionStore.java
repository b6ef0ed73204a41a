package dev.o2o.allocation.memory;

import dev.o2o.allocation.outbound.ScanSession;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.outbound.SessionState;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.scan.ScannerId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The scanning sessions in memory. */
public final class InMemoryScanSessionStore implements ScanSessionStore {

  private final InMemoryTransactions transactions;
  private final Map<ShipmentId, ScanSession> sessions = new HashMap<>();

  public InMemoryScanSessionStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ScanSession> openAt(ScannerId station) {
    return transactions.read(() -> sessions.values().stream()
        .filter(s -> s.state() == SessionState.OPEN && s.station().equals(station))
        .findFirst());
  }

  @Override
  public Optional<ScanSession> ofShipment(ShipmentId shipment) {
    return transactions.read(() -> Optional.ofNullable(sessions.get(shipment)));
  }

  @Override
  public void save(ScanSession session) {
    transactions.run(() -> {
      ScanSession previous = sessions.get(session.shipment());
      transactions.write(() -> sessions.put(session.shipment(), session), () -> {
        if (previous == null) {
          sessions.remove(session.shipment());
        } else {
          sessions.put(session.shipment(), previous);
        }
      });
    });
  }
}
