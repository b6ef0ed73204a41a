package dev.o2o.examples.runner;

import com.zaxxer.hikari.HikariDataSource;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.PickupConfig;
import dev.o2o.pickup.print.SlipPrinter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code day}: plays a whole store-and-warehouse day on a fresh database (what the runner does with no sub-command). */
@Command(name = "day", mixinStandardHelpOptions = true,
    description = "Plays a store-and-warehouse day on a fresh database (the default action).")
final class DayCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--orders", defaultValue = "2000", description = "Mall orders collected during the day (default: ${DEFAULT-VALUE}).")
  int orders = 2000;

  @Override
  public Integer call() throws Exception {
    Console console = runner.console();
    runner.deleteEmbeddedDatabase();
    try (HikariDataSource dataSource = runner.openDataSource()) {
      ManualClock clock = O2oRunner.dayClock();
      Stores stores = Stores.jdbc(dataSource);
      if (!stores.catalogue().all().isEmpty()) {
        throw new IllegalStateException("the database at " + dataSource.getJdbcUrl()
            + " already holds o2o data: the day starts from an empty one");
      }
      SlipPrinter printer = runner.slipPrinter(console);
      O2oSystem o2o = new O2oSystem(stores, clock, printer, PickupConfig.defaults());
      boolean reconciled = new DayScenario(o2o, clock, console, orders, printer, runner.dataDir).play();
      console.flush();
      return reconciled ? 0 : 3;
    }
  }
}
