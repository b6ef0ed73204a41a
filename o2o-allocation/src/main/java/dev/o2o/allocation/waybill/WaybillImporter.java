package dev.o2o.allocation.waybill;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentDesk;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillOutcome;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.shipping.Courier;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Registers the waybills of a courier's CSV file, row by row, each row in a transaction of its own: a bad row never
 * stops the good ones, and no row is half applied. The header row names the columns (Korean or English, any case):
 * the waybill (송장번호, 운송장번호, waybill, tracking number), and the shipment id (출고번호, shipment id) or the mall
 * order number (주문번호, order number); optionally the courier (택배사, courier) and the channel (판매처, 쇼핑몰, channel).
 * An order number stands for the order's one shipment awaiting a waybill.
 */
public final class WaybillImporter {

  private static final Set<String> WAYBILL = Set.of("송장번호", "운송장번호", "waybill", "waybillnumber", "waybillno",
      "trackingnumber", "trackingno", "invoice", "invoiceno");
  private static final Set<String> SHIPMENT = Set.of("출고번호", "배송번호", "shipment", "shipmentid", "shipmentno");
  private static final Set<String> ORDER = Set.of("주문번호", "order", "ordernumber", "orderno", "mallordernumber");
  private static final Set<String> COURIER = Set.of("택배사", "courier", "carrier");
  private static final Set<String> CHANNEL = Set.of("판매처", "쇼핑몰", "channel", "mall");

  private final ShipmentDesk desk;
  private final ShipmentStore shipments;

  public WaybillImporter(ShipmentDesk desk, ShipmentStore shipments) {
    this.desk = Objects.requireNonNull(desk, "desk");
    this.shipments = Objects.requireNonNull(shipments, "shipments");
  }

  /**
   * Imports a file. A file without a usable header (no waybill column, or neither a shipment nor an order column) is
   * refused whole with an {@link IllegalArgumentException} that lists the headers it found.
   */
  public WaybillImportReport run(WaybillImport command) {
    Charset charset = CsvText.detect(command.content());
    List<CsvText.Row> rows = CsvText.rows(CsvText.decode(command.content(), charset)).stream()
        .filter(r -> !r.isBlank()).toList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("the waybill file is empty: it needs a header row");
    }
    Columns columns = Columns.of(rows.get(0));
    List<ImportedRow> imported = new ArrayList<>(rows.size() - 1);
    for (CsvText.Row row : rows.subList(1, rows.size())) {
      imported.add(importRow(row, columns, command));
    }
    return new WaybillImportReport(charset, imported);
  }

  private ImportedRow importRow(CsvText.Row row, Columns columns, WaybillImport command) {
    String waybill = row.field(columns.waybill());
    String named = columns.shipment().isPresent() && !row.field(columns.shipment().getAsInt()).isEmpty()
        ? row.field(columns.shipment().getAsInt())
        : columns.order().isPresent() ? row.field(columns.order().getAsInt()) : "";
    return new ImportedRow(row.line(), named, waybill, register(row, columns, command, waybill));
  }

  private WaybillOutcome register(CsvText.Row row, Columns columns, WaybillImport command, String waybill) {
    Optional<Courier> courier = command.courier();
    if (columns.courier().isPresent() && !row.field(columns.courier().getAsInt()).isEmpty()) {
      String named = row.field(columns.courier().getAsInt());
      courier = Courier.named(named);
      if (courier.isEmpty()) {
        return new WaybillOutcome.InvalidNumber(waybill, "unknown courier '" + named + "'");
      }
    }
    if (courier.isEmpty()) {
      return new WaybillOutcome.InvalidNumber(waybill, "no courier: the file has no courier column and the import"
          + " names none");
    }
    if (waybill.isEmpty()) {
      return new WaybillOutcome.InvalidNumber(waybill, "the row has no waybill number");
    }
    Either shipment = shipmentOf(row, columns, command, digits(waybill));
    if (shipment.refusal() != null) {
      return shipment.refusal();
    }
    return desk.registerWaybill(shipment.id(), courier.get(), waybill, command.actor());
  }

  /** A shipment id, or why there is none. */
  private record Either(ShipmentId id, WaybillOutcome refusal) {}

  private Either shipmentOf(CsvText.Row row, Columns columns, WaybillImport command, String digits) {
    if (columns.shipment().isPresent() && !row.field(columns.shipment().getAsInt()).isEmpty()) {
      String given = row.field(columns.shipment().getAsInt());
      try {
        return new Either(ShipmentId.of(given), null);
      } catch (IllegalArgumentException malformed) {
        return new Either(null, new WaybillOutcome.UnknownShipment(given, malformed.getMessage()));
      }
    }
    String number = columns.order().isPresent() ? row.field(columns.order().getAsInt()) : "";
    if (number.isEmpty()) {
      return new Either(null, new WaybillOutcome.UnknownShipment("", "the row names neither a shipment nor an order"));
    }
    Optional<String> channel = command.channel();
    if (columns.channel().isPresent() && !row.field(columns.channel().getAsInt()).isEmpty()) {
      channel = Optional.of(row.field(columns.channel().getAsInt()));
    }
    if (channel.isEmpty()) {
      return new Either(null, new WaybillOutcome.UnknownShipment(number, "no channel: the file has no channel column"
          + " and the import names none"));
    }
    OrderId order;
    try {
      order = OrderId.of(channel.get(), number);
    } catch (IllegalArgumentException malformed) {
      return new Either(null, new WaybillOutcome.UnknownShipment(number, malformed.getMessage()));
    }
    List<Shipment> ofOrder = shipments.ofOrder(order);
    Optional<Shipment> same = ofOrder.stream()
        .filter(s -> s.waybill().filter(w -> w.digits().equals(digits)).isPresent()).findFirst();
    if (same.isPresent()) {
      return new Either(same.get().id(), null);
    }
    List<Shipment> awaiting = ofOrder.stream().filter(s -> s.state() == ShipmentState.ALLOCATED).toList();
    if (awaiting.size() == 1) {
      return new Either(awaiting.get(0).id(), null);
    }
    return new Either(null, new WaybillOutcome.UnknownShipment(order.toString(), awaiting.isEmpty()
        ? "the order has no shipment awaiting a waybill"
        : "the order has " + awaiting.size() + " shipments awaiting a waybill; give the shipment id"));
  }

  private static String digits(String waybill) {
    return waybill.replace("-", "").replace(" ", "");
  }

  /** Where each known column is. */
  private record Columns(int waybill, OptionalInt shipment, OptionalInt order, OptionalInt courier,
      OptionalInt channel) {

    static Columns of(CsvText.Row header) {
      OptionalInt waybill = find(header, WAYBILL);
      OptionalInt shipment = find(header, SHIPMENT);
      OptionalInt order = find(header, ORDER);
      if (waybill.isEmpty() || (shipment.isEmpty() && order.isEmpty())) {
        throw new IllegalArgumentException("the waybill file's header must name a waybill column (송장번호) and a"
            + " shipment (출고번호) or order number (주문번호) column; it has " + header.fields());
      }
      return new Columns(waybill.getAsInt(), shipment, order, find(header, COURIER), find(header, CHANNEL));
    }

    private static OptionalInt find(CsvText.Row header, Set<String> names) {
      for (int i = 0; i < header.fields().size(); i++) {
        String name = header.field(i).toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "")
            .replace(".", "");
        if (names.contains(name)) {
          return OptionalInt.of(i);
        }
      }
      return OptionalInt.empty();
    }
  }
}
