package dev.o2o.examples.runner;

import static dev.o2o.examples.runner.SampleData.GANGNAM;
import static dev.o2o.examples.runner.SampleData.HONGDAE;

import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.time.ManualClock;
import dev.o2o.pickup.Customer;
import dev.o2o.pickup.HistoryRow;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupOutcome;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupRequest;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.RequestOutcome;
import dev.o2o.pickup.expiry.ExpiryOffer;
import dev.o2o.pickup.expiry.ExpiryOutcome;
import dev.o2o.pickup.expiry.PickupExpiry;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.print.SlipPrinter;
import dev.o2o.pickup.printing.PrintOutcome;
import dev.o2o.pickup.printing.PrintRun;
import dev.o2o.pickup.printing.PrintSchedule;
import dev.o2o.pickup.printing.Slips;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.CompletionScan;
import dev.o2o.pickup.scan.ScanResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store side of the day: pickup requests, the print schedule, scans at the counter, history and expiry. */
final class PickupDay {

  static final Actor MALL = Actor.system("mall-integration");
  static final Actor GANGNAM_CLERK = Actor.staff("jung.hana", GANGNAM);
  static final Actor HONGDAE_CLERK = Actor.staff("kang.minho", HONGDAE);

  private final O2oSystem o2o;
  private final ManualClock clock;
  private final Console console;
  private final SlipPrinter printer;
  private final List<Pickup> requested = new ArrayList<>();

  PickupDay(O2oSystem o2o, ManualClock clock, Console console, SlipPrinter printer) {
    this.o2o = o2o;
    this.clock = clock;
    this.console = console;
    this.printer = printer;
  }

  void play() {
    requests();
    scheduledPrinting();
    acceptByScanning();
    unavailableAndCancel();
    completeByScanning();
    printDue(time());
    expiryAtNextStart();
    history();
  }

  private void requests() {
    clock.advance(Duration.ofMinutes(60));
    console.heading(time() + "  Pickup requests from the mall");
    for (LocationId store : List.of(GANGNAM, HONGDAE)) {
      o2o.printing.configure(store, PrintSchedule.everyFiveMinutes(), CancellationDetail.CANCELLED_ITEMS_ONLY,
          Actor.staff("store.manager", store));
    }
    console.line("both stores print on the schedule %s; a partial cancellation prints the cancelled items only",
        PrintSchedule.everyFiveMinutes());
    List<Sku> skus = o2o.stores.catalogue().all();
    String[][] customers = {{"홍길동", "010-1234-5678"}, {"김영희", "010-2222-3333"}, {"이철수", "010-9876-5432"},
        {"박지민", "010-5555-0101"}, {"최수진", "010-7777-8888"}, {"정우성", "010-3030-4040"}};
    for (int i = 0; i < customers.length; i++) {
      LocationId store = i < 4 ? GANGNAM : HONGDAE;
      List<PickupRequest.Line> lines = new ArrayList<>();
      lines.add(PickupRequest.Line.of(skus.get(i * 3).code(), 1));
      if (i % 2 == 0) {
        lines.add(PickupRequest.Line.of(skus.get(i * 3 + 1).code(), 2));
      }
      clock.advance(Duration.ofMinutes(3));
      RequestOutcome outcome = o2o.pickups.request(new PickupRequest(String.format("20261130-%04d", 501 + i), store,
          new Customer(customers[i][0], customers[i][1]), lines, clock.instant(), Optional.empty(), MALL));
      report(outcome);
      outcome.recorded().ifPresent(requested::add);
    }
    clock.advance(Duration.ofMinutes(1));
    report(o2o.pickups.request(new PickupRequest("20261130-0599", HONGDAE, new Customer("윤서아", "010-4444-1212"),
        List.of(PickupRequest.Line.of(skus.get(5).code(), 40)), clock.instant(), Optional.empty(), MALL)));
  }

  private void report(RequestOutcome outcome) {
    if (outcome instanceof RequestOutcome.Taken taken) {
      Pickup p = taken.pickup();
      console.line("  %s  order %s at %s for %s: %d unit(s) reserved", p.number(), p.mallOrderNumber(),
          p.store().code(), p.customer().masked().name(), p.activeUnits());
    } else if (outcome instanceof RequestOutcome.Unavailable unavailable) {
      console.warn("  order " + unavailable.pickup().mallOrderNumber() + " refused, the mall is told: "
          + unavailable.shortage().message());
    } else if (outcome instanceof RequestOutcome.Refused refused) {
      console.warn("  refused: " + refused.refusal().message());
    } else {
      console.line("  %s already taken", outcome.recorded().map(Pickup::number).orElse(null));
    }
  }

  private void scheduledPrinting() {
    clock.advance(Duration.ofMinutes(5));
    printDue(time());
  }

  private void printDue(String label) {
    List<PrintRun> runs = o2o.printing.runDue();
    for (PrintRun run : runs) {
      console.line("  print schedule fired at %s in %s: %d slip(s) printed%s", label, run.store().code(),
          run.printed().size(), run.failure().map(f -> ", stopped: " + f.message()).orElse(""));
    }
    if (runs.isEmpty()) {
      console.line("  print schedule at %s: nothing due", label);
    }
  }

  private void acceptByScanning() {
    clock.advance(Duration.ofMinutes(10));
    console.heading(time() + "  Pickup acceptance by scanning");
    for (Pickup pickup : requested.subList(0, 3)) {
      AcceptanceScan session = o2o.pickupScanning.acceptance(GANGNAM_CLERK);
      show("slip " + pickup.number(), session.scan(pickup.number().value()));
      if (pickup == requested.get(0)) {
        Sku stranger = o2o.stores.catalogue().all().get(30);
        show("wrong item " + stranger.code(), session.scan(stranger.primaryBarcode().value()));
      }
      for (var line : pickup.lines()) {
        Sku sku = o2o.stores.catalogue().require(line.sku());
        for (int unit = 0; unit < line.quantity().value(); unit++) {
          show("item " + sku.primaryBarcode(), session.scan(sku.primaryBarcode().value()));
        }
      }
    }
  }

  private void unavailableAndCancel() {
    clock.advance(Duration.ofMinutes(10));
    console.heading(time() + "  Unavailable, cancel and partial cancel");
    Pickup fourth = requested.get(3);
    AcceptanceScan session = o2o.pickupScanning.acceptance(GANGNAM_CLERK);
    session.scan(fourth.number().value());
    show("unavailable " + fourth.number(), session.markUnavailable(Reason.of("상품 불량 (오염)")));
    Pickup fifth = requested.get(4);
    outcome("mall cancels " + fifth.mallOrderNumber(),
        o2o.pickups.cancel(PickupRef.ofOrder(fifth.mallOrderNumber()), Reason.of("고객 변심"), MALL));
    Pickup first = requested.get(0);
    outcome("mall cancels 1 unit of line 2 of " + first.mallOrderNumber(),
        o2o.pickups.cancelLines(PickupRef.ofOrder(first.mallOrderNumber()), Map.of(2, Quantity.of(1)),
            Reason.of("사이즈 변경"), MALL));
    clock.advance(Duration.ofMinutes(5));
    printDue(time());
  }

  private void completeByScanning() {
    clock.advance(Duration.ofMinutes(30));
    console.heading(time() + "  Pickup completion by scanning");
    Pickup first = o2o.pickups.find(requested.get(0).number()).orElseThrow();
    CompletionScan session = o2o.pickupScanning.completion(GANGNAM_CLERK);
    show("customer's slip " + first.mallOrderNumber(), session.scan(first.mallOrderNumber()));
    show("acceptance slip " + first.number(), session.scan(first.number().value()));
    first.activeUnitsBySku().forEach((sku, units) -> {
      String barcode = o2o.stores.catalogue().require(sku).primaryBarcode().value();
      for (int unit = 0; unit < units; unit++) {
        show("item " + barcode, session.scan(barcode));
      }
    });
    show("confirm", session.confirm());
    Pickup second = requested.get(1);
    CompletionScan cancelSession = o2o.pickupScanning.completion(GANGNAM_CLERK);
    cancelSession.scan(second.mallOrderNumber());
    show("pickup cancel " + second.number(), cancelSession.cancel(Reason.of("고객 방문 취소")));
  }

  private void expiryAtNextStart() {
    clock.advance(Duration.ofDays(8));
    console.heading("a week later  The program starts again: expiry");
    PickupExpiry expiry = new PickupExpiry(o2o.pickups, o2o.stores.pickups(), o2o.stores.pickupActivities(), printer,
        new Slips(o2o.stores.catalogue(), o2o.stores.locations(), clock), o2o.stores.transactions(), clock);
    for (LocationId store : List.of(GANGNAM, HONGDAE)) {
      Optional<ExpiryOffer> offer = expiry.offerAtStart(store);
      if (offer.isEmpty()) {
        console.line("  %s: no accepted pickup past its deadline", store.code());
        continue;
      }
      console.line("  %s: %s (%d) -> yes", store.code(), ExpiryOffer.QUESTION_KO, offer.get().pickups().size());
      ExpiryOutcome outcome = expiry.printAndExpire(offer.get(), Actor.staff("store.manager", store));
      if (outcome instanceof ExpiryOutcome.Expired expired) {
        expired.pickups().forEach(p -> console.line("  %s expired; its %d unit(s) are on sale again", p.number(),
            p.reservedUnits() + p.activeUnits()));
      } else {
        console.warn("  " + outcome);
      }
    }
  }

  private void history() {
    console.heading("Pickup history");
    PickupTables.printHistory(console, o2o.pickups.search(PickupQuery.all()));
    SlipNumber reprinted = requested.get(2).number();
    PrintOutcome reprint = o2o.printing.reprint(reprinted, GANGNAM_CLERK);
    console.line("reprint of %s: %s", reprinted,
        reprint instanceof PrintOutcome.Ran ? "printed, marked as a reprint" : reprint.toString());
  }

  private void show(String what, ScanResult result) {
    String text = ScanTexts.of(result);
    console.line("  scan %-32s -> %s", what,
        result instanceof ScanResult.Refused ? console.paint(Console.Colour.RED, text) : text);
  }

  private void outcome(String what, PickupOutcome outcome) {
    if (outcome instanceof PickupOutcome.Done done) {
      console.line("  %s -> %s", what, done.after().state());
    } else {
      console.warn("  " + what + " refused: " + ((PickupOutcome.Refused) outcome).refusal().message());
    }
  }

  private String time() {
    return clock.instant().atZone(clock.getZone()).toLocalTime().toString().substring(0, 5);
  }
}
