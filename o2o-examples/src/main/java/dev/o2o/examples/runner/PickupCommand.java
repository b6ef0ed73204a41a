package dev.o2o.examples.runner;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.PickupOutcome;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.expiry.ExpiryOffer;
import dev.o2o.pickup.expiry.ExpiryOutcome;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.CompletionScan;
import dev.o2o.pickup.scan.ScanResult;
import dev.o2o.pickup.scan.ScanStep;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pickup accept|complete|unavailable|cancel}: the counter's pickup work, driven by scans (from the command
 * line, {@code --scanner}, or standard input).
 */
@Command(name = "pickup", mixinStandardHelpOptions = true,
    description = "Pickup work at the counter, by scanning.",
    subcommands = {PickupCommand.Accept.class, PickupCommand.Complete.class, PickupCommand.Unavailable.class,
        PickupCommand.Cancel.class})
final class PickupCommand {

  @ParentCommand
  O2oRunner runner;

  /** The options every pickup action takes. */
  abstract static class Action implements Callable<Integer> {
    @ParentCommand
    PickupCommand pickup;

    @Option(names = "--store", required = true, description = "The store the staff work for, e.g. ST-GANGNAM.")
    String store;

    @Option(names = "--staff", required = true, description = "The staff id, e.g. jung.hana.")
    String staff;

    @Option(names = "--scanner", description = "Read scans from this serial port instead of standard input.")
    String scanner;

    @Option(names = "--print-expired",
        description = "Answer yes when, at start, the store has accepted pickups past their deadline: print and expire them.")
    boolean printExpired;

    @Parameters(description = "Codes to scan, in order (otherwise read from the scanner or standard input).")
    List<String> codes = List.of();

    Console console;

    Actor actor() {
      return Actor.staff(staff, LocationId.store(store));
    }

    @Override
    public Integer call() throws Exception {
      return pickup.runner.onDatabase((o2o, out) -> {
        console = out;
        o2o.stores.locations().require(LocationId.store(store));
        offerExpiry(o2o);
        try (ScanInput input = ScanInput.of(codes, Optional.ofNullable(scanner), o2o.clock)) {
          return work(o2o, input) ? 0 : 1;
        }
      });
    }

    abstract boolean work(O2oSystem o2o, ScanInput input) throws InterruptedException;

    /** At the program's start: accepted pickups past their deadline are offered for printing, which expires them. */
    private void offerExpiry(O2oSystem o2o) {
      o2o.expiry.offerAtStart(LocationId.store(store)).ifPresent(offer -> {
        console.line("%s (%d)", ExpiryOffer.QUESTION_KO, offer.pickups().size());
        if (!printExpired) {
          console.line("  not now (answer yes with --print-expired)");
          return;
        }
        ExpiryOutcome outcome = o2o.expiry.printAndExpire(offer, actor());
        console.line("  %s", outcome instanceof ExpiryOutcome.Expired expired
            ? expired.pickups().size() + " pickup(s) expired; their stock is on sale again" : outcome);
      });
    }

    /** Prints a scan's result; true when it was refused. */
    boolean show(String code, ScanResult result) {
      console.line("scan %s -> %s", code, ScanTexts.of(result));
      return result instanceof ScanResult.Refused;
    }
  }

  /** Scan the acceptance slip, then every item: the pickup is accepted with the last unit. */
  @Command(name = "accept", mixinStandardHelpOptions = true, description = "Accept a pickup: scan the slip, then every item.")
  static final class Accept extends Action {
    @Override
    boolean work(O2oSystem o2o, ScanInput input) throws InterruptedException {
      AcceptanceScan session = o2o.pickupScanning.acceptance(actor());
      Optional<String> code;
      while ((code = input.next()).isPresent()) {
        ScanResult result = session.scan(code.get());
        show(code.get(), result);
        if (result instanceof ScanResult.PickupChanged) {
          return true;
        }
      }
      console.line("input ended before the pickup was accepted; nothing was changed");
      return false;
    }
  }

  /** Scan the customer's slip, the acceptance slip and every item, then confirm. */
  @Command(name = "complete", mixinStandardHelpOptions = true,
      description = "Complete a pickup: scan the customer's slip, the acceptance slip and every item.")
  static final class Complete extends Action {
    @Override
    boolean work(O2oSystem o2o, ScanInput input) throws InterruptedException {
      CompletionScan session = o2o.pickupScanning.completion(actor());
      Optional<String> code;
      while ((code = input.next()).isPresent()) {
        ScanResult result = session.scan(code.get());
        show(code.get(), result);
        if (result instanceof ScanResult.AllItemsScanned) {
          return !show("(confirm)", session.confirm());
        }
      }
      console.line("input ended before every item was scanned; nothing was changed");
      return false;
    }
  }

  /** Scan the acceptance slip and mark the pickup unavailable, with a reason. */
  @Command(name = "unavailable", mixinStandardHelpOptions = true,
      description = "Mark a requested pickup unavailable: scan its slip; give a reason.")
  static final class Unavailable extends Action {
    @Option(names = "--reason", required = true, description = "Why the store cannot provide it.")
    String reason;

    @Override
    boolean work(O2oSystem o2o, ScanInput input) throws InterruptedException {
      AcceptanceScan session = o2o.pickupScanning.acceptance(actor());
      Optional<String> code = input.next();
      if (code.isEmpty() || show(code.get(), session.scan(code.get()))) {
        return false;
      }
      return !show("(unavailable)", session.markUnavailable(Reason.of(reason)));
    }
  }

  /** Scan the customer's slip and cancel the accepted pickup, with a reason. */
  @Command(name = "cancel", mixinStandardHelpOptions = true,
      description = "Cancel an accepted pickup at registration: scan the customer's slip; give a reason.")
  static final class Cancel extends Action {
    @Option(names = "--reason", required = true, description = "Why the pickup is cancelled.")
    String reason;

    @Override
    boolean work(O2oSystem o2o, ScanInput input) throws InterruptedException {
      CompletionScan session = o2o.pickupScanning.completion(actor());
      Optional<String> code = input.next();
      if (code.isEmpty() || show(code.get(), session.scan(code.get()))) {
        return false;
      }
      return !show("(cancel)", session.cancel(Reason.of(reason)));
    }
  }
}
