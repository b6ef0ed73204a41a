package dev.o2o.adapters.jdbc;

import dev.o2o.allocation.outbound.ScanSession;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.outbound.SessionState;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.scan.ScannerId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Outbound scanning sessions on JDBC: a row per shipment, the scanned units as a JSON array in scan order. */
public final class JdbcScanSessionStore implements ScanSessionStore {

  private static final String COLUMNS = "shipment_id, waybill, station, state, scanned, actor_staff,"
      + " actor_location_kind, actor_location_code, started_at_nanos, updated_at_nanos";

  private final JdbcTransactions transactions;

  /** The sessions of the database {@code transactions} run on. */
  public JdbcScanSessionStore(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ScanSession> openAt(ScannerId station) {
    return transactions.read("could not read the open scan session at station " + station.value(), c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_scan_session"
          + " WHERE station = ? AND state = ? ORDER BY shipment_id")) {
        select.setString(1, station.value());
        select.setString(2, SessionState.OPEN.name());
        return first(select);
      }
    });
  }

  @Override
  public Optional<ScanSession> ofShipment(ShipmentId shipment) {
    return transactions.read("could not read the scan session of shipment " + shipment, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM o2o_scan_session WHERE shipment_id = ?")) {
        select.setString(1, shipment.value());
        return first(select);
      }
    });
  }

  @Override
  public void save(ScanSession session) {
    transactions.run("could not save the scan session of shipment " + session.shipment(), c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_scan_session SET waybill = ?, station = ?,"
          + " state = ?, scanned = ?, actor_staff = ?, actor_location_kind = ?, actor_location_code = ?,"
          + " started_at_nanos = ?, updated_at_nanos = ? WHERE shipment_id = ?")) {
        bind(update, session);
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_scan_session (waybill, station, state,"
          + " scanned, actor_staff, actor_location_kind, actor_location_code, started_at_nanos, updated_at_nanos,"
          + " shipment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(insert, session);
        insert.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          throw new TransientStoreException("the scan session of shipment " + session.shipment()
              + " was added meanwhile", e);
        }
        throw e;
      }
    });
  }

  private static void bind(PreparedStatement statement, ScanSession session) throws SQLException {
    statement.setString(1, session.waybill());
    statement.setString(2, session.station().value());
    statement.setString(3, session.state().name());
    statement.setString(4, Json.write(session.scanned().stream().map(SkuCode::value).toList()));
    Columns.setActor(statement, 5, session.actor());
    statement.setLong(8, Columns.nanos(session.startedAt(), "start of the scan session of " + session.shipment()));
    statement.setLong(9, Columns.nanos(session.updatedAt(), "last change of the scan session of "
        + session.shipment()));
    statement.setString(10, session.shipment().value());
  }

  private static Optional<ScanSession> first(PreparedStatement select) throws SQLException {
    try (ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return Optional.empty();
      }
      List<SkuCode> scanned = new ArrayList<>();
      for (Object code : (List<?>) Json.read(row.getString("scanned"))) {
        scanned.add(SkuCode.of((String) code));
      }
      return Optional.of(new ScanSession(ShipmentId.of(row.getString("shipment_id")), row.getString("waybill"),
          new ScannerId(row.getString("station")), SessionState.valueOf(row.getString("state")), scanned,
          Columns.actor(row, "actor"), Columns.instant(row.getLong("started_at_nanos")),
          Columns.instant(row.getLong("updated_at_nanos"))));
    }
  }
}
