package dev.o2o.examples.runner;

import dev.o2o.pickup.DisplayColour;
import dev.o2o.pickup.HistoryRow;
import dev.o2o.pickup.Pickup;
import java.util.ArrayList;
import java.util.List;

/** The pickup history table, with each state in its display colour; shared by the day and {@code history}. */
final class PickupTables {

  private PickupTables() {}

  static void printHistory(Console console, List<HistoryRow> rows) {
    List<List<String>> table = new ArrayList<>();
    for (HistoryRow row : rows) {
      Pickup p = row.pickup();
      Console.Colour colour = colour(row.colour());
      table.add(List.of(p.number().value(), p.mallOrderNumber(), p.store().code(), p.customer().masked().name() + " " + p.customer().masked().phone(),
          console.paint(colour, p.state().toString()), String.valueOf(p.activeUnits()),
          O2oRunner.local(p.requestedAt()),
          p.reason().map(Object::toString).orElse("")));
    }
    console.table(List.of("slip", "order", "store", "customer", "state", "units", "requested", "reason"), table);
  }

  static Console.Colour colour(DisplayColour colour) {
    return switch (colour) {
      case RED -> Console.Colour.RED;
      case BLUE -> Console.Colour.BLUE;
      case GREY -> Console.Colour.GREY;
      case BLACK -> Console.Colour.DEFAULT;
    };
  }
}
