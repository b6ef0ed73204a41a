package dev.o2o.adapters.jdbc;

import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The warehouses and stores on JDBC: a row per location. */
public final class JdbcLocationDirectory implements LocationDirectory {

  private static final String COLUMNS = "location_kind, location_code, name, ships_online, sourcing_rank";

  private final JdbcTransactions transactions;

  /** The directory of the database {@code transactions} run on. */
  public JdbcLocationDirectory(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void save(Location location) {
    transactions.run("could not save location " + location.id(), c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE o2o_location SET name = ?, ships_online = ?,"
          + " sourcing_rank = ? WHERE location_kind = ? AND location_code = ?")) {
        update.setString(1, location.name());
        update.setBoolean(2, location.shipsOnline());
        update.setInt(3, location.sourcingRank());
        Columns.setLocation(update, 4, location.id());
        if (update.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO o2o_location (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
        Columns.setLocation(insert, 1, location.id());
        insert.setString(3, location.name());
        insert.setBoolean(4, location.shipsOnline());
        insert.setInt(5, location.sourcingRank());
        insert.executeUpdate();
      } catch (SQLException e) {
        if (transactions.dialect().isUniqueViolation(e)) {
          throw new TransientStoreException("location " + location.id() + " was added meanwhile", e);
        }
        throw e;
      }
    });
  }

  @Override
  public Optional<Location> find(LocationId id) {
    return transactions.read("could not read location " + id, c -> {
      try (PreparedStatement select = c.prepareStatement(
          "SELECT " + COLUMNS + " FROM o2o_location WHERE location_kind = ? AND location_code = ?")) {
        Columns.setLocation(select, 1, id);
        return locations(select).stream().findFirst();
      }
    });
  }

  @Override
  public List<Location> all() {
    return transactions.read("could not read the locations", c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM o2o_location")) {
        return locations(select);
      }
    });
  }

  private static List<Location> locations(PreparedStatement select) throws SQLException {
    List<Location> found = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        found.add(new Location(Columns.location(row, "location_kind", "location_code"), row.getString("name"),
            row.getBoolean("ships_online"), row.getInt("sourcing_rank")));
      }
    }
    found.sort(Comparator.comparing(Location::id));
    return found;
  }
}
