package dev.o2o.examples.runner;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.status.ChangeStatus;
import dev.o2o.core.status.SkuStatus;
import dev.o2o.core.status.StatusQuery;
import dev.o2o.core.status.StatusRevision;
import dev.o2o.core.status.StatusUpdate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code status}: shows or changes the status of a SKU or a whole style (closed, reorder, sold-out, limited). */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows or changes SKU status: closed, reorder, forced sold-out, limited stock.")
final class StatusCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--sku", description = "One SKU.")
    String sku;

    @Option(names = "--style", description = "Every SKU of a style.")
    String style;
  }

  @Option(names = "--closed", arity = "1", description = "Set (true) or clear (false) closed.")
  Boolean closed;

  @Option(names = "--closing-date", description = "The closing date (yyyy-mm-dd); needs closed.")
  LocalDate closingDate;

  @Option(names = "--reorder", arity = "1", description = "Set (true) or clear (false) reorder.")
  Boolean reorder;

  @Option(names = "--reorder-date", description = "The reorder date (yyyy-mm-dd); needs reorder.")
  LocalDate reorderDate;

  @Option(names = "--forced-sold-out", arity = "1", description = "Set (true) or clear (false) forced sold-out.")
  Boolean forcedSoldOut;

  @Option(names = "--limited-stock", arity = "1", description = "Set (true) or clear (false) limited stock.")
  Boolean limitedStock;

  @Option(names = "--staff", defaultValue = "md.staff", description = "Who changes it (default: ${DEFAULT-VALUE}).")
  String staff;

  @Override
  public Integer call() throws Exception {
    return runner.onDatabase((o2o, console) -> {
      StatusUpdate.Builder update = StatusUpdate.builder();
      boolean changing = false;
      if (closed != null) {
        update.closed(closed);
        changing = true;
      }
      if (closingDate != null) {
        update.closingDate(closingDate);
        changing = true;
      }
      if (reorder != null) {
        update.reorder(reorder);
        changing = true;
      }
      if (reorderDate != null) {
        update.reorderDate(reorderDate);
        changing = true;
      }
      if (forcedSoldOut != null) {
        update.forcedSoldOut(forcedSoldOut);
        changing = true;
      }
      if (limitedStock != null) {
        update.limitedStock(limitedStock);
        changing = true;
      }
      if (changing) {
        ChangeStatus command = target.sku != null
            ? ChangeStatus.ofSku(SkuCode.of(target.sku), update.build(), Actor.system(staff))
            : ChangeStatus.ofStyle(StyleCode.of(target.style), update.build(), Actor.system(staff));
        console.line("%d SKU(s) changed; their mall-facing state waits in the outbox for the mall scheduler",
            o2o.statuses.change(command).size());
      }
      List<SkuStatus> statuses = target.sku != null
          ? List.of(o2o.statuses.statusOf(SkuCode.of(target.sku)))
          : o2o.statuses.query(StatusQuery.ofStyle(StyleCode.of(target.style)));
      print(console, statuses);
      if (target.sku != null) {
        for (StatusRevision revision : o2o.statuses.history(SkuCode.of(target.sku))) {
          console.line("  %s by %s: %s", O2oRunner.local(revision.at()), revision.actor(), describe(revision.status()));
        }
      }
      return 0;
    });
  }

  private static void print(Console console, List<SkuStatus> statuses) {
    List<List<String>> rows = new ArrayList<>();
    for (SkuStatus s : statuses) {
      rows.add(List.of(s.sku().value(), s.closed() ? "closed " + s.closingDate().map(Object::toString).orElse("") : "",
          s.reorder() ? "reorder " + s.reorderDate().map(Object::toString).orElse("") : "",
          s.forcedSoldOut() ? "forced sold-out" : "", s.limitedStock() ? "limited stock" : ""));
    }
    console.table(List.of("SKU", "closed", "reorder", "sold-out", "limited"), rows);
  }

  private static String describe(SkuStatus s) {
    return "closed=" + s.closed() + s.closingDate().map(d -> " (" + d + ")").orElse("") + ", reorder=" + s.reorder()
        + s.reorderDate().map(d -> " (" + d + ")").orElse("") + ", forcedSoldOut=" + s.forcedSoldOut()
        + ", limitedStock=" + s.limitedStock();
  }
}
