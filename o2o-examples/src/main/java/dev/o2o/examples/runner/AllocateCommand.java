package dev.o2o.examples.runner;

import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.run.AllocationReport;
import dev.o2o.allocation.run.AllocationRequest;
import dev.o2o.allocation.run.OrderOutcome;
import dev.o2o.core.model.Actor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code allocate}: an allocation run under COMPLETE, EARLY or BULK, for real or as a dry run. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = "Runs an allocation of the open, unheld orders.")
final class AllocateCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--policy", defaultValue = "COMPLETE", description = "COMPLETE, EARLY or BULK (default: ${DEFAULT-VALUE}).")
  String policy;

  @Option(names = "--dry-run", description = "Report what would be allocated; commit nothing.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    AllocationPolicy chosen = AllocationPolicies.builtIn().stream().filter(p -> p.name().equals(policy)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown policy " + policy + ": use COMPLETE, EARLY or BULK"));
    return runner.onDatabase((o2o, console) -> {
      Actor actor = Actor.system("allocation-run");
      AllocationReport report = o2o.allocator.run(dryRun ? AllocationRequest.dryRun(chosen, actor)
          : AllocationRequest.commit(chosen, actor));
      var t = report.totals();
      console.line("%s%s: %d orders, %d allocated, %d partly, %d not (%d held); %d shipments, %d units",
          report.policy(), report.dryRun() ? " (dry run)" : "", t.orders(), t.allocated(), t.partlyAllocated(),
          t.notAllocated(), t.held(), t.shipments(), t.units());
      report.outcomes().stream().filter(o -> o instanceof OrderOutcome.NotAllocated).limit(10)
          .forEach(o -> console.line("  %s: %s", o.order(), ((OrderOutcome.NotAllocated) o).reason().message()));
      return 0;
    });
  }
}
