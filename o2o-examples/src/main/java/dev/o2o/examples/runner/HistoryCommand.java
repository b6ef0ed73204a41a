package dev.o2o.examples.runner;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupState;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code history}: the pickup history, each state in its colour. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Searches the pickup history by store, dates, state, order number and customer.")
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--store", description = "Only this store, e.g. ST-GANGNAM.")
  String store;

  @Option(names = "--from", description = "Requested on or after this day (yyyy-mm-dd).")
  LocalDate from;

  @Option(names = "--to", description = "Requested on or before this day (yyyy-mm-dd).")
  LocalDate to;

  @Option(names = "--state", description = "Only this state: ${COMPLETION-CANDIDATES}.")
  PickupState state;

  @Option(names = "--order", description = "Only this mall order number.")
  String order;

  @Option(names = "--customer", description = "Customer name or phone, or part of it.")
  String customer;

  @Override
  public Integer call() throws Exception {
    return runner.onDatabase((o2o, console) -> {
      PickupQuery query = PickupQuery.all();
      if (store != null) {
        query = query.inStore(LocationId.store(store));
      }
      if (from != null || to != null) {
        query = query.requestedOn(from == null ? LocalDate.of(2000, 1, 1) : from,
            to == null ? LocalDate.of(2999, 12, 31) : to, O2oRunner.SEOUL);
      }
      if (state != null) {
        query = query.inStates(state);
      }
      if (order != null) {
        query = query.forOrder(order);
      }
      if (customer != null) {
        query = query.forCustomer(customer);
      }
      PickupTables.printHistory(console, o2o.pickups.search(query));
      return 0;
    });
  }
}
