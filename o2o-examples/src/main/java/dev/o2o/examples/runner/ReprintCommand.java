package dev.o2o.examples.runner;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.printing.PrintOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code reprint}: reprints a pickup's acceptance slip from the history, marked as a reprint. */
@Command(name = "reprint", mixinStandardHelpOptions = true, description = "Reprints a pickup's acceptance slip.")
final class ReprintCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Parameters(index = "0", description = "The slip number, e.g. PK000000000003.")
  String slip;

  @Option(names = "--store", required = true, description = "The store the staff work for.")
  String store;

  @Option(names = "--staff", required = true, description = "The staff id.")
  String staff;

  @Override
  public Integer call() throws Exception {
    return runner.onDatabase((o2o, console) -> {
      PrintOutcome outcome = o2o.printing.reprint(SlipNumber.of(slip),
          Actor.staff(staff, LocationId.store(store)));
      if (outcome instanceof PrintOutcome.Refused refused) {
        throw new IllegalStateException(refused.refusal().message());
      }
      return 0;
    });
  }
}
