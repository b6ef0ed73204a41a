package dev.o2o.allocation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.allocation.outbound.ScanSession;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.outbound.SessionState;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link ScanSessionStore}: sessions round-trip, are found by station and shipment, and roll back. */
public abstract class ScanSessionStoreContract {

  protected AllocationBackend backend;
  protected ScanSessionStore sessions;
  protected TransactionRunner transactions;

  private static final Actor PACKER = Actor.staff("choi.packer", LocationId.warehouse("WH-ICHEON"));
  private static final ScannerId DESK_1 = ScannerId.of("pack-desk-1");
  private static final ScannerId DESK_2 = ScannerId.of("pack-desk-2");
  private static final ShipmentId FIRST = ShipmentId.of("SHP-00000001");
  private static final ShipmentId SECOND = ShipmentId.of("SHP-00000002");
  private static final Instant T0 = StockFixtures.T0;

  /** A backend with empty stores whose {@link AllocationBackend#scanSessions()} is the store under test. */
  protected abstract AllocationBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    sessions = backend.scanSessions();
    transactions = backend.transactions();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private void save(ScanSession session) {
    transactions.run(() -> sessions.save(session));
  }

  @Test
  void givenNothing_whenAStationOrShipmentIsAsked_thenThereIsNoSession() {
    assertThat(sessions.openAt(DESK_1)).isEmpty();
    assertThat(sessions.ofShipment(FIRST)).isEmpty();
  }

  @Test
  void givenASessionWithScans_whenSavedAndFound_thenItComesBackEqual() {
    ScanSession session = ScanSession.open(FIRST, "123456789012", DESK_1, PACKER, T0)
        .withScan(SkuCode.of("TS24-BLK-M"), PACKER, T0.plusSeconds(1))
        .withScan(SkuCode.of("CT24-NAV-M"), PACKER, T0.plusSeconds(2))
        .withScan(SkuCode.of("TS24-BLK-M"), PACKER, T0.plusSeconds(3));
    save(session);

    assertThat(sessions.ofShipment(FIRST)).contains(session);
    assertThat(sessions.openAt(DESK_1)).contains(session);
    assertThat(sessions.openAt(DESK_2)).isEmpty();
  }

  @Test
  void givenAnAbandonedSession_whenAskedByStation_thenItIsNotOpenThereButFoundByShipment() {
    ScanSession abandoned = ScanSession.open(FIRST, "123456789012", DESK_1, PACKER, T0)
        .moveTo(SessionState.ABANDONED, DESK_1, PACKER, T0.plusSeconds(5));
    save(abandoned);
    ScanSession other = ScanSession.open(SECOND, "223456789012", DESK_1, PACKER, T0.plusSeconds(6));
    save(other);

    assertThat(sessions.openAt(DESK_1)).contains(other);
    assertThat(sessions.ofShipment(FIRST)).contains(abandoned);
  }

  @Test
  void givenASavedSession_whenSavedAgainChanged_thenTheChangeReplacesIt() {
    ScanSession session = ScanSession.open(FIRST, "123456789012", DESK_1, PACKER, T0);
    save(session);
    ScanSession moved = session.moveTo(SessionState.ABANDONED, DESK_1, PACKER, T0.plusSeconds(1))
        .moveTo(SessionState.OPEN, DESK_2, PACKER, T0.plusSeconds(2));
    save(moved);

    assertThat(sessions.ofShipment(FIRST)).contains(moved);
    assertThat(sessions.openAt(DESK_1)).isEmpty();
    assertThat(sessions.openAt(DESK_2)).contains(moved);
  }

  @Test
  void givenATransactionThatFails_whenItSavedASession_thenTheSessionIsAsBefore() {
    ScanSession session = ScanSession.open(FIRST, "123456789012", DESK_1, PACKER, T0);
    save(session);

    assertThatThrownBy(() -> transactions.run(() -> {
      sessions.save(session.withScan(SkuCode.of("TS24-BLK-M"), PACKER, T0.plusSeconds(1)));
      sessions.save(ScanSession.open(SECOND, "223456789012", DESK_2, PACKER, T0));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(sessions.ofShipment(FIRST)).contains(session);
    assertThat(sessions.ofShipment(SECOND)).isEmpty();
  }
}
