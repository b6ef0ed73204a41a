package dev.o2o.examples.runner;

import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderPage;
import java.util.ArrayList;
import java.util.List;

/** The integrated order view as a table; shared by the day and {@code orders}. */
final class OrderTables {

  private OrderTables() {}

  static void printPage(Console console, OrderPage page) {
    List<List<String>> rows = new ArrayList<>();
    for (Order o : page.orders()) {
      rows.add(List.of(o.id().toString(),
          O2oRunner.local(o.orderedAt()),
          o.customer().name(), o.state().toString(), o.hold().map(h -> "hold: " + h.reason()).orElse(""),
          o.flagged() ? "flag" : "", o.priority() ? "priority" : "", String.valueOf(o.lines().size()),
          String.valueOf(o.notes().size())));
    }
    console.table(List.of("order", "ordered", "customer", "state", "hold", "flag", "priority", "lines", "notes"), rows);
    console.line("page %d of %d (%d orders)", page.page() + 1, Math.max(1, page.pageCount()), page.total());
  }
}
