package dev.o2o.examples.runner;

import dev.o2o.allocation.outbound.ScanOutcome;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.waybill.ImportedRow;
import dev.o2o.allocation.waybill.RowStatus;
import dev.o2o.allocation.waybill.WaybillImport;
import dev.o2o.allocation.waybill.WaybillImportReport;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.Actor;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.time.ManualClock;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The warehouse side after allocation: waybills from a courier's CSV file, then outbound scanning until shipped. */
final class ShipDay {

  static final Actor PACKER = Actor.staff("oh.seojun", SampleData.ICHEON);
  static final ScannerId PACK_DESK = ScannerId.of("pack-desk-1");

  private final O2oSystem o2o;
  private final ManualClock clock;
  private final Console console;
  private final Path dataDir;

  ShipDay(O2oSystem o2o, ManualClock clock, Console console, Path dataDir) {
    this.o2o = o2o;
    this.clock = clock;
    this.console = console;
    this.dataDir = dataDir;
  }

  void play() throws IOException {
    List<Shipment> registered = waybillsFromCsv();
    outboundScanning(registered);
  }

  /** A CJ number of 12 digits ending in its mod-7 check digit. */
  static String cjWaybill(long serial) {
    long body = 60_412_000_000L / 10 + serial;
    return String.format("%011d%d", body, body % 7);
  }

  private List<Shipment> waybillsFromCsv() throws IOException {
    clock.advance(Duration.ofMinutes(20));
    console.heading(time() + "  Waybills from the courier's file");
    List<Shipment> awaiting = o2o.stores.shipments().inState(ShipmentState.ALLOCATED);
    List<Shipment> chosen = awaiting.subList(0, Math.min(30, awaiting.size()));
    StringBuilder csv = new StringBuilder("출고번호,운송장번호,택배사\r\n");
    for (int i = 0; i < chosen.size(); i++) {
      csv.append(chosen.get(i).id().value()).append(',').append(cjWaybill(i + 1)).append(",CJ대한통운\r\n");
    }
    if (!chosen.isEmpty()) {
      csv.append(chosen.get(0).id().value()).append(',').append(cjWaybill(999)).append(",CJ대한통운\r\n");
      csv.append("SHP-99999999,").append(cjWaybill(1000)).append(",CJ대한통운\r\n");
      csv.append(chosen.get(chosen.size() - 1).id().value()).append(",12345,CJ대한통운\r\n");
    }
    Path file = dataDir.resolve("waybills.csv");
    Files.createDirectories(dataDir);
    Files.write(file, csv.toString().getBytes(Charset.forName("x-windows-949")));
    WaybillImportReport report = o2o.waybillImporter.run(
        WaybillImport.of(Files.readAllBytes(file), Courier.CJ, "OWN-MALL", PACKER));
    console.line("%s (%s, %d rows): %s", file.getFileName(), report.charset(), report.rows().size(), report.counts());
    for (ImportedRow row : report.rows()) {
      if (row.status() != RowStatus.REGISTERED) {
        console.line("  %s", row.message());
      }
    }
    return o2o.stores.shipments().inState(ShipmentState.WAYBILL_REGISTERED);
  }

  private void outboundScanning(List<Shipment> registered) {
    clock.advance(Duration.ofMinutes(20));
    console.heading(time() + "  Outbound scanning");
    List<Shipment> toShip = new ArrayList<>(registered.stream().limit(3).toList());
    // Show the scanning mistakes on a shipment of several units, when there is one.
    registered.stream().filter(s -> s.lines().size() > 1).findFirst().ifPresent(several -> {
      toShip.remove(several);
      toShip.add(0, several);
    });
    boolean first = true;
    for (Shipment shipment : toShip) {
      ShipmentLine line = shipment.lines().get(0);
      StockPosition before = o2o.inventory.position(line.sku(), shipment.source());
      String waybill = shipment.waybill().orElseThrow().digits();
      show("waybill " + waybill, o2o.outboundScanning.scan(PACK_DESK, waybill, PACKER));
      if (first) {
        Sku stranger = o2o.stores.catalogue().all().stream()
            .filter(s -> shipment.lines().stream().noneMatch(l -> l.sku().equals(s.code()))).findFirst().orElseThrow();
        show("wrong item " + stranger.code(), o2o.outboundScanning.scan(PACK_DESK, stranger.primaryBarcode().value(),
            PACKER));
        show("unreadable 8801234567890", o2o.outboundScanning.scan(PACK_DESK, "8801234567890", PACKER));
      }
      List<String> units = new ArrayList<>();
      for (ShipmentLine l : shipment.lines()) {
        String barcode = o2o.stores.catalogue().require(l.sku()).primaryBarcode().value();
        for (int u = 0; u < l.quantity().value(); u++) {
          units.add(barcode);
        }
      }
      for (int u = 0; u < units.size(); u++) {
        boolean last = u == units.size() - 1;
        if (first && last && u > 0 && !units.get(0).equals(units.get(u))) {
          // Every unit of the first SKU is scanned by now: one more is one too many.
          show("one unit too many " + units.get(0), o2o.outboundScanning.scan(PACK_DESK, units.get(0), PACKER));
        }
        show("item " + units.get(u), o2o.outboundScanning.scan(PACK_DESK, units.get(u), PACKER));
        if (first && u == 0 && !last) {
          show("undo", o2o.outboundScanning.undo(PACK_DESK, PACKER));
          show("item " + units.get(0), o2o.outboundScanning.scan(PACK_DESK, units.get(0), PACKER));
        }
      }
      StockPosition after = o2o.inventory.position(line.sku(), shipment.source());
      console.line("  %s at %s: on hand %d -> %d, allocated %d -> %d", line.sku(), shipment.source().code(),
          before.onHand(), after.onHand(), before.allocated(), after.allocated());
      first = false;
    }
  }

  private void show(String what, ScanOutcome outcome) {
    String text = ScanTexts.of(outcome);
    console.line("  scan %-34s -> %s", what,
        outcome instanceof ScanOutcome.Refused ? console.paint(Console.Colour.RED, text) : text);
  }

  private String time() {
    return clock.instant().atZone(clock.getZone()).toLocalTime().toString().substring(0, 5);
  }
}
