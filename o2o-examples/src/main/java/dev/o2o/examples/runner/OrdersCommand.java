package dev.o2o.examples.runner;

import dev.o2o.core.model.Actor;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code orders}: the integrated order view, and the staff actions on one order (hold, flag, priority, note). */
@Command(name = "orders", mixinStandardHelpOptions = true,
    description = "Shows the order view, or holds, flags, prioritises or annotates one order.")
final class OrdersCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--held", description = "Only held orders.")
  boolean held;

  @Option(names = "--flagged", description = "Only flagged orders.")
  boolean flagged;

  @Option(names = "--priority", description = "Only priority orders.")
  boolean priority;

  @Option(names = "--customer", description = "Only this customer's orders (id or name).")
  String customer;

  @Option(names = "--sku", description = "Only orders holding this SKU.")
  String sku;

  @Option(names = "--page", defaultValue = "0", description = "Page of 20, from 0.")
  int page;

  @Option(names = "--order", description = "The order to act on, CHANNEL/NUMBER, e.g. OWN-MALL/2611000003.")
  String order;

  @Option(names = "--hold", description = "Put --order on shipment hold with this reason.")
  String holdReason;

  @Option(names = "--release", description = "Release --order's shipment hold.")
  boolean release;

  @Option(names = "--flag", arity = "1", description = "Set (true) or clear (false) --order's flag.")
  Boolean flag;

  @Option(names = "--prioritise", arity = "1", description = "Set (true) or clear (false) --order's priority allocation.")
  Boolean prioritise;

  @Option(names = "--note", description = "Add a note to --order.")
  String note;

  @Option(names = "--staff", defaultValue = "cs.staff", description = "Who acts (default: ${DEFAULT-VALUE}).")
  String staff;

  @Override
  public Integer call() throws Exception {
    return runner.onDatabase((o2o, console) -> {
      if (order != null) {
        act(console, o2o, OrderId.parse(order));
      } else {
        list(console, o2o);
      }
      return 0;
    });
  }

  private void act(Console console, O2oSystem o2o, OrderId id) {
    Actor actor = Actor.system(staff);
    o2o.orders.require(id);
    if (holdReason != null) {
      o2o.orders.hold(id, holdReason, actor);
    }
    if (release) {
      o2o.orders.releaseHold(id, actor);
    }
    if (flag != null) {
      o2o.orders.flag(id, flag, actor);
    }
    if (prioritise != null) {
      o2o.orders.prioritise(id, prioritise, actor);
    }
    if (note != null) {
      o2o.orders.addNote(id, note, actor);
    }
    Order now = o2o.orders.require(id);
    console.line("%s  %s  %s  ordered %s", now.id(), now.state(), now.customer().name(), O2oRunner.local(now.orderedAt()));
    console.line("hold: %s  flag: %s  priority: %s", now.hold().map(h -> h.reason()).orElse("-"), now.flagged(),
        now.priority());
    now.lines().forEach(l -> console.line("  line %d  %s x %d  %s", l.number(), l.sku(), l.quantity().value(),
        l.state()));
    o2o.orders.notes(id).forEach(n -> console.line("  note %s %s: %s", O2oRunner.local(n.at()), n.author(), n.text()));
    o2o.orders.stockOfStyles(id).forEach((style, byLocation) -> {
      console.line("  available stock of %s per location:", style);
      byLocation.forEach((location, figures) -> console.line("    %-22s %4d", location, figures.available()));
    });
  }

  private void list(Console console, O2oSystem o2o) {
    OrderQuery.Builder query = OrderQuery.builder().page(page).pageSize(20);
    if (held) {
      query.held(true);
    }
    if (flagged) {
      query.flagged(true);
    }
    if (priority) {
      query.priority(true);
    }
    if (customer != null) {
      query.customer(customer);
    }
    if (sku != null) {
      query.sku(dev.o2o.core.model.SkuCode.of(sku));
    }
    OrderTables.printPage(console, o2o.orders.search(query.build()));
  }
}
