package dev.o2o.examples.runner;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.WaybillOutcome;
import dev.o2o.allocation.waybill.ImportedRow;
import dev.o2o.allocation.waybill.WaybillImport;
import dev.o2o.allocation.waybill.WaybillImportReport;
import dev.o2o.core.model.Actor;
import dev.o2o.core.shipping.Courier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code waybill}: registers one waybill, or a courier's CSV file of them (UTF-8 or CP949), with a per-row report. */
@Command(name = "waybill", mixinStandardHelpOptions = true,
    description = "Registers a waybill for a shipment, or every row of a courier's CSV file.")
final class WaybillCommand implements Callable<Integer> {

  @ParentCommand
  O2oRunner runner;

  @Option(names = "--file", description = "A courier's CSV file (UTF-8 or CP949) with a header row.")
  Path file;

  @Option(names = "--shipment", description = "The shipment, e.g. SHP-00000031 (with --number).")
  String shipment;

  @Option(names = "--number", description = "The waybill number (with --shipment).")
  String number;

  @Option(names = "--courier", defaultValue = "CJ", description = "Courier when a row or --number names none: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Courier courier;

  @Option(names = "--channel", defaultValue = "OWN-MALL", description = "Mall channel for rows that give an order number.")
  String channel;

  @Option(names = "--staff", defaultValue = "warehouse.staff", description = "Who registers (default: ${DEFAULT-VALUE}).")
  String staff;

  @Override
  public Integer call() throws Exception {
    if ((file == null) == (shipment == null || number == null)) {
      throw new IllegalArgumentException("give either --file, or --shipment with --number");
    }
    return runner.onDatabase((o2o, console) -> {
      Actor actor = Actor.system(staff);
      if (file != null) {
        WaybillImportReport report = o2o.waybillImporter.run(
            WaybillImport.of(Files.readAllBytes(file), courier, channel, actor));
        for (ImportedRow row : report.rows()) {
          console.line("%s", row.message());
        }
        console.line("%s read as %s: %s", file.getFileName(), report.charset(), report.counts());
        return report.rows().stream().allMatch(r -> r.outcome() instanceof WaybillOutcome.Registered
            || r.outcome() instanceof WaybillOutcome.AlreadyRegistered) ? 0 : 1;
      }
      WaybillOutcome outcome = o2o.shipments.registerWaybill(ShipmentId.of(shipment), courier, number, actor);
      console.line("%s", outcome);
      return outcome instanceof WaybillOutcome.Registered || outcome instanceof WaybillOutcome.AlreadyRegistered
          ? 0 : 1;
    });
  }
}
