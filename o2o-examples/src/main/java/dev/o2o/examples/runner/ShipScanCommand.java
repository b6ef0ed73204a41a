package dev.o2o.examples.runner;

import dev.o2o.allocation.outbound.ScanOutcome;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.scan.ScannerId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ship-scan}: outbound scanning at a packing station: the waybill, then every unit, until the shipment ships.
 * Codes come from the command line, {@code --scanner} or standard input ({@code undo} takes back the last scan).
 */
@Command(name = "ship-scan", mixinStandardHelpOptions = true,
    description = "Outbound scanning: scan the waybill, then every unit, until the shipment ships.")
final class ShipScanCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--station", defaultValue = "pack-desk-1", description = "The packing station (default: ${DEFAULT-VALUE}).")
  String station;

  @Option(names = "--warehouse", defaultValue = "WH-ICHEON", description = "The warehouse the staff work for.")
  String warehouse;

  @Option(names = "--staff", required = true, description = "The staff id.")
  String staff;

  @Option(names = "--abandon", description = "Put the station's open session aside (its progress is kept).")
  boolean abandon;

  @Option(names = "--scanner", description = "Read scans from this serial port instead of standard input.")
  String scanner;

  @Parameters(description = "Codes to scan, in order; 'undo' takes back the last one.")
  List<String> codes = List.of();

  @Override
  public Integer call() throws Exception {
    Actor actor = Actor.staff(staff, LocationId.warehouse(warehouse));
    ScannerId desk = ScannerId.of(station);
    return runner.onDatabase((o2o, console) -> {
      if (abandon) {
        console.line("%s", ScanTexts.of(o2o.outboundScanning.abandon(desk, actor)));
        return 0;
      }
      try (ScanInput input = ScanInput.of(codes, Optional.ofNullable(scanner), o2o.clock)) {
        Optional<String> code;
        while ((code = input.next()).isPresent()) {
          ScanOutcome outcome = code.get().equals("undo") ? o2o.outboundScanning.undo(desk, actor)
              : o2o.outboundScanning.scan(desk, code.get(), actor);
          console.line("scan %s -> %s", code.get(), ScanTexts.of(outcome));
          if (outcome instanceof ScanOutcome.Shipped) {
            return 0;
          }
        }
      }
      o2o.outboundScanning.progress(desk).ifPresent(p -> console.line("not shipped yet: %s", ScanTexts.remaining(p)));
      return 1;
    });
  }
}
