package dev.o2o.adapters.jdbc;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.allocation.shipment.WaybillTakenException;
import dev.o2o.core.shipping.WaybillNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The waybill registry on JDBC: a row per waybill number, its digits the primary key (one shipment each). */
public final class JdbcWaybillRegistry implements WaybillRegistry {

  private final JdbcTransactions transactions;

  /** The registry of the database {@code transactions} run on. */
  public JdbcWaybillRegistry(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Optional<ShipmentId> holderOf(String digits) {
    return transactions.read("could not look up waybill " + digits, c -> holder(c, digits));
  }

  private static Optional<ShipmentId> holder(Connection c, String digits) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT shipment_id FROM o2o_waybill WHERE digits = ?")) {
      select.setString(1, digits);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(ShipmentId.of(row.getString(1))) : Optional.empty();
      }
    }
  }

  @Override
  public void register(WaybillNumber number, ShipmentId shipment) {
    transactions.run("could not register waybill " + number.digits() + " to shipment " + shipment, c -> {
      Optional<ShipmentId> holder = holder(c, number.digits());
      if (holder.isPresent()) {
        if (holder.get().equals(shipment)) {
          return;
        }
        throw new WaybillTakenException(number, holder.get(), shipment);
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO o2o_waybill (digits, courier, shipment_id) VALUES (?, ?, ?)")) {
        insert.setString(1, number.digits());
        insert.setString(2, number.courier().name());
        insert.setString(3, shipment.value());
        insert.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          // Registered by a concurrent transaction since we looked: run again, and the look names the holder.
          throw new TransientStoreException("waybill " + number.digits() + " was registered meanwhile", e);
        }
        throw e;
      }
    });
  }
}
