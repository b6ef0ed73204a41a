package dev.o2o.allocation.outbound;

import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentState;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.scan.ScanListener;
import dev.o2o.core.scan.ScannerId;
import dev.o2o.core.shipping.WaybillNumber;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Outbound scanning, the use case. At a station (a scanner), scanning a registered waybill opens its shipment's
 * session (or resumes it); then each unit's barcode (EAN-13, or the SKU code) is checked against what the shipment
 * carries. A code that is unknown, not in the shipment, one too many, or another waybill before this one is finished,
 * is refused and changes nothing. When the last unit is scanned the shipment ships, in one transaction: SHIP
 * movements for its lines, its order lines SHIPPED, a {@link MallEvent.OrderShipped} per order in the outbox, the
 * shipment SHIPPED and the session COMPLETED.
 */
public final class OutboundScanning {

  private final ScanSessionStore sessions;
  private final ShipmentStore shipments;
  private final WaybillRegistry waybills;
  private final OrderStore orders;
  private final Inventory inventory;
  private final Catalogue catalogue;
  private final Outbox outbox;
  private final TransactionRunner transactions;
  private final Clock clock;

  public OutboundScanning(ScanSessionStore sessions, ShipmentStore shipments, WaybillRegistry waybills,
      OrderStore orders, Inventory inventory, Catalogue catalogue, Outbox outbox, TransactionRunner transactions,
      Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.shipments = Objects.requireNonNull(shipments, "shipments");
    this.waybills = Objects.requireNonNull(waybills, "waybills");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** One scanned code at a station: a waybill when no session is open there, else a unit (or a refusal). */
  public ScanOutcome scan(ScannerId station, String code, Actor actor) {
    Objects.requireNonNull(station, "station");
    Objects.requireNonNull(actor, "actor");
    String read = code == null ? "" : code.strip();
    return transactions.inTransaction(() -> {
      Optional<ScanSession> open = sessions.openAt(station);
      return open.isPresent() ? scanInSession(open.get(), read, actor) : scanWaybill(station, read, actor);
    });
  }

  /** A listener for the scan port: each scan goes to {@link #scan} as {@code actor}, and its outcome to {@code display}. */
  public ScanListener listener(Actor actor, Consumer<ScanOutcome> display) {
    return scan -> display.accept(scan(scan.scanner(), scan.code(), actor));
  }

  /** Takes back the last unit scanned at the station. */
  public ScanOutcome undo(ScannerId station, Actor actor) {
    return transactions.inTransaction(() -> {
      Optional<ScanSession> open = sessions.openAt(station);
      if (open.isEmpty()) {
        return noSession(station);
      }
      ScanSession session = open.get();
      Shipment shipment = lockShipment(session.shipment());
      if (session.scanned().isEmpty()) {
        return new ScanOutcome.Refused(ScanOutcome.Refusal.NOTHING_TO_UNDO, "nothing scanned yet for waybill "
            + session.waybill(), Optional.of(progress(session, shipment)));
      }
      SkuCode last = session.scanned().get(session.scanned().size() - 1);
      ScanSession undone = session.withoutLastScan(actor, clock.instant());
      sessions.save(undone);
      return new ScanOutcome.Undone(last, progress(undone, shipment));
    });
  }

  /** Puts the station's session aside, progress kept; scanning its waybill again (anywhere) resumes it. */
  public ScanOutcome abandon(ScannerId station, Actor actor) {
    return transactions.inTransaction(() -> {
      Optional<ScanSession> open = sessions.openAt(station);
      if (open.isEmpty()) {
        return noSession(station);
      }
      ScanSession abandoned = open.get().moveTo(SessionState.ABANDONED, station, actor, clock.instant());
      sessions.save(abandoned);
      return new ScanOutcome.Abandoned(progress(abandoned, lockShipment(abandoned.shipment())));
    });
  }

  /** The progress of the session open at a station. */
  public Optional<Progress> progress(ScannerId station) {
    return transactions.inTransaction(() -> sessions.openAt(station)
        .map(session -> progress(session, shipments.find(session.shipment()).orElseThrow())));
  }

  private ScanOutcome scanWaybill(ScannerId station, String code, Actor actor) {
    Optional<ShipmentId> holder = waybills.holderOf(digits(code));
    if (holder.isEmpty()) {
      Optional<Sku> item = catalogue.findByScannedCode(code);
      return item.isPresent()
          ? new ScanOutcome.Refused(ScanOutcome.Refusal.NO_SESSION,
              "scan a waybill first: " + code + " is an item (" + item.get().code() + ")", Optional.empty())
          : new ScanOutcome.Refused(ScanOutcome.Refusal.UNKNOWN_CODE,
              "'" + code + "' is no registered waybill and no item", Optional.empty());
    }
    Shipment shipment = lockShipment(holder.get());
    if (shipment.state() != ShipmentState.WAYBILL_REGISTERED) {
      return new ScanOutcome.Refused(ScanOutcome.Refusal.NOT_SHIPPABLE,
          "shipment " + shipment.id() + " of waybill " + code + " is " + shipment.state(), Optional.empty());
    }
    Instant at = clock.instant();
    Optional<ScanSession> existing = sessions.ofShipment(shipment.id());
    if (existing.isPresent() && existing.get().state() == SessionState.OPEN) {
      return new ScanOutcome.Refused(ScanOutcome.Refusal.OPEN_ELSEWHERE, "waybill " + code
          + " is being scanned at " + existing.get().station(), Optional.empty());
    }
    if (existing.isPresent() && existing.get().state() == SessionState.ABANDONED) {
      ScanSession resumed = existing.get().moveTo(SessionState.OPEN, station, actor, at);
      sessions.save(resumed);
      return new ScanOutcome.Resumed(progress(resumed, shipment));
    }
    ScanSession opened = ScanSession.open(shipment.id(), shipment.waybill().orElseThrow().digits(), station, actor, at);
    sessions.save(opened);
    return new ScanOutcome.Loaded(progress(opened, shipment));
  }

  private ScanOutcome scanInSession(ScanSession session, String code, Actor actor) {
    Shipment shipment = lockShipment(session.shipment());
    if (shipment.state() != ShipmentState.WAYBILL_REGISTERED) {
      sessions.save(session.moveTo(SessionState.VOID, session.station(), actor, clock.instant()));
      return new ScanOutcome.Refused(ScanOutcome.Refusal.NOT_SHIPPABLE, "shipment " + shipment.id() + " is "
          + shipment.state() + "; its scanning session is closed", Optional.empty());
    }
    Progress progress = progress(session, shipment);
    if (digits(code).equals(session.waybill())) {
      return new ScanOutcome.Refused(ScanOutcome.Refusal.FINISH_FIRST, "waybill " + session.waybill()
          + " is already being scanned: scan its items", Optional.of(progress));
    }
    Optional<Sku> item = catalogue.findByScannedCode(code);
    if (item.isEmpty()) {
      Optional<ShipmentId> other = waybills.holderOf(digits(code));
      return other.isPresent()
          ? new ScanOutcome.Refused(ScanOutcome.Refusal.FINISH_FIRST, "finish waybill " + session.waybill() + " ("
              + progress.remaining() + " unit(s) remaining) or put it aside before waybill " + code,
              Optional.of(progress))
          : new ScanOutcome.Refused(ScanOutcome.Refusal.UNKNOWN_CODE, "'" + code + "' is no item of the catalogue",
              Optional.of(progress));
    }
    SkuCode sku = item.get().code();
    Optional<Progress.Line> line = progress.lines().stream().filter(l -> l.sku().equals(sku)).findFirst();
    if (line.isEmpty()) {
      return new ScanOutcome.Refused(ScanOutcome.Refusal.NOT_IN_SHIPMENT, sku + " (" + item.get().displayName()
          + ") is not in shipment " + shipment.id(), Optional.of(progress));
    }
    if (line.get().scanned() >= line.get().expected()) {
      return new ScanOutcome.Refused(ScanOutcome.Refusal.TOO_MANY, "one " + sku + " too many: shipment "
          + shipment.id() + " carries " + line.get().expected(), Optional.of(progress));
    }
    ScanSession counted = session.withScan(sku, actor, clock.instant());
    Progress after = progress(counted, shipment);
    if (after.isComplete()) {
      return new ScanOutcome.Shipped(ship(shipment, counted, actor), after);
    }
    sessions.save(counted);
    return new ScanOutcome.Counted(sku, after);
  }

  /** SHIP movements, order lines, the outbox, the shipment and the session, in the caller's transaction. */
  private Shipment ship(Shipment shipment, ScanSession session, Actor actor) {
    Instant at = clock.instant();
    List<Movement> movements = new ArrayList<>();
    Map<OrderId, List<Integer>> shippedLines = new LinkedHashMap<>();
    for (ShipmentLine line : shipment.activeLines()) {
      LineAllocation where = line.allocation(shipment.id(), shipment.source());
      movements.add(Movement.builder(MovementKind.SHIP)
          .id(where.movementId(MovementKind.SHIP))
          .sku(line.sku())
          .location(shipment.source())
          .quantity(line.quantity())
          .reference(where.reference())
          .at(at)
          .actor(actor)
          .build());
      shippedLines.computeIfAbsent(line.order(), o -> new ArrayList<>()).add(line.orderLine());
    }
    LedgerOutcome outcome = inventory.apply(movements);
    if (outcome instanceof LedgerOutcome.Refused refused) {
      throw new IllegalStateException("cannot ship shipment " + shipment.id() + ": " + refused.refusal().message());
    }
    WaybillNumber waybill = shipment.waybill().orElseThrow();
    shippedLines.forEach((orderId, lines) -> {
      Order order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException(
          "shipment " + shipment.id() + " carries lines of order " + orderId + ", which is not in the order store"));
      orders.save(order.ship(lines, at, actor));
      outbox.append(new MallEvent.OrderShipped(orderId.channel(), orderId.number(), shipment.id().value(),
          waybill.courier().name(), waybill.digits()), at);
    });
    Shipment shipped = shipment.moveTo(ShipmentState.SHIPPED, at, actor, "shipped: every unit scanned at "
        + session.station());
    shipments.save(shipped);
    sessions.save(session.moveTo(SessionState.COMPLETED, session.station(), actor, at));
    return shipped;
  }

  private Shipment lockShipment(ShipmentId id) {
    return shipments.lock(id).orElseThrow(() -> new IllegalStateException(
        "scan session names shipment " + id + ", which is not in the shipment store"));
  }

  private static ScanOutcome noSession(ScannerId station) {
    return new ScanOutcome.Refused(ScanOutcome.Refusal.NO_SESSION, "no waybill is being scanned at " + station,
        Optional.empty());
  }

  /** Expected per SKU (active lines, in line order) against the units scanned. */
  static Progress progress(ScanSession session, Shipment shipment) {
    Map<SkuCode, Integer> expected = new LinkedHashMap<>();
    for (ShipmentLine line : shipment.activeLines()) {
      expected.merge(line.sku(), line.quantity().value(), Integer::sum);
    }
    Map<SkuCode, Integer> scanned = new LinkedHashMap<>();
    session.scanned().forEach(sku -> scanned.merge(sku, 1, Integer::sum));
    List<Progress.Line> lines = new ArrayList<>(expected.size());
    expected.forEach((sku, units) -> lines.add(new Progress.Line(sku, units, scanned.getOrDefault(sku, 0))));
    return new Progress(shipment.id(), session.waybill(), lines);
  }

  private static String digits(String code) {
    return code.replace("-", "").replace(" ", "");
  }
}
