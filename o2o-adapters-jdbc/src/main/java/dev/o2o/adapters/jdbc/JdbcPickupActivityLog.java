package dev.o2o.adapters.jdbc;

import dev.o2o.pickup.Activity;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.print.SlipNumber;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The pickups' activity log on JDBC: an append-only table, read back in the order it was written. */
public final class JdbcPickupActivityLog implements PickupActivityLog {

  private final JdbcTransactions transactions;

  /** The log of the database {@code transactions} run on. */
  public JdbcPickupActivityLog(JdbcTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void append(PickupActivity activity) {
    transactions.run("could not log " + activity.activity() + " of pickup " + activity.pickup(), c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO o2o_pickup_activity (slip_number, at_nanos,"
          + " actor_staff, actor_location_kind, actor_location_code, activity, state_after, detail)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, activity.pickup().value());
        insert.setLong(2, Columns.nanos(activity.at(), "time of an activity on pickup " + activity.pickup()));
        Columns.setActor(insert, 3, activity.actor());
        insert.setString(6, activity.activity().name());
        insert.setString(7, activity.stateAfter().name());
        Columns.setText(insert, 8, activity.detail());
        insert.executeUpdate();
      }
    });
  }

  @Override
  public List<PickupActivity> of(SlipNumber pickup) {
    return transactions.read("could not read the activity of pickup " + pickup, c -> {
      try (PreparedStatement select = c.prepareStatement("SELECT slip_number, at_nanos, actor_staff,"
          + " actor_location_kind, actor_location_code, activity, state_after, detail FROM o2o_pickup_activity"
          + " WHERE slip_number = ? ORDER BY seq")) {
        select.setString(1, pickup.value());
        List<PickupActivity> found = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            found.add(new PickupActivity(SlipNumber.of(row.getString("slip_number")),
                Columns.instant(row.getLong("at_nanos")), Columns.actor(row, "actor"),
                Activity.valueOf(row.getString("activity")), PickupState.valueOf(row.getString("state_after")),
                Columns.optionalText(row, "detail")));
          }
        }
        return found;
      }
    });
  }
}
