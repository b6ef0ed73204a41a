package dev.o2o.pickup.scenario;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.HONGDAE;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.LEE;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.Quantity;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.SlipLine;
import dev.o2o.pickup.printing.PendingSlip;
import dev.o2o.pickup.printing.PrintOutcome;
import dev.o2o.pickup.printing.PrintRun;
import dev.o2o.pickup.printing.PrintSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Automatic printing: settings and printing", driven by a manual clock. The world's clock starts at 09:58. */
class AutomaticPrintingTest {

  private final PickupWorld world = new PickupWorld();

  @BeforeEach
  void stock() {
    world.receive(GANGNAM, TEE, 10);
    world.receive(GANGNAM, JEANS, 10);
  }

  @Test
  void example1_givenEveryMinuteFrom00To55_whenTheClockReachesTheNextFive_thenWaitingRequestsPrint() {
    world.printing.configure(GANGNAM, PrintSchedule.everyFiveMinutes(), CancellationDetail.CANCELLED_ITEMS_ONLY, KIM);
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 1));

    world.setClock(world.at(2024, 3, 4, 9, 59));
    assertThat(world.printing.runDue()).isEmpty();
    assertThat(world.printer.printed()).isEmpty();

    world.setClock(world.at(2024, 3, 4, 10, 0).plusSeconds(20));
    List<PrintRun> runs = world.printing.runDue();
    assertThat(runs).singleElement().satisfies(run ->
        assertThat(run.printed()).containsExactly(PendingSlip.acceptance(pickup.number())));
    assertThat(world.printer.printed(AcceptanceSlip.class)).extracting(AcceptanceSlip::number)
        .containsExactly(pickup.number());

    world.clock.advance(Duration.ofSeconds(30)); // the same due minute again: nothing more
    assertThat(world.printing.runDue()).isEmpty();
    world.setClock(world.at(2024, 3, 4, 10, 5));
    assertThat(world.printing.runDue()).singleElement().satisfies(run -> assertThat(run.printed()).isEmpty());
    assertThat(world.printer.printed()).hasSize(1); // a printed slip is not printed again by the schedule
  }

  @Test
  void example2_givenMinutes05And35_whenTheHourGoesBy_thenSlipsPrintOnlyAtFiveAndThirtyFivePast() {
    world.printing.configure(GANGNAM, PrintSchedule.of(5, 35), CancellationDetail.CANCELLED_ITEMS_ONLY, KIM);
    world.requested(GANGNAM, Line.of(TEE, 1));
    int[] printedAt = new int[60];
    for (int minute = 0; minute < 60; minute++) {
      world.setClock(world.at(2024, 3, 4, 10, minute).plusSeconds(1));
      if (minute == 20 || minute == 50) {
        world.requested(GANGNAM, Line.of(JEANS, 1));
      }
      int before = world.printer.printed().size();
      world.printing.runDue();
      printedAt[minute] = world.printer.printed().size() - before;
    }
    assertThat(printedAt[5]).isEqualTo(1);
    assertThat(printedAt[35]).isEqualTo(1);
    for (int minute = 0; minute < 60; minute++) {
      if (minute != 5 && minute != 35) {
        assertThat(printedAt[minute]).as("printed at 10:%02d", minute).isZero();
      }
    }
    assertThat(world.printing.pending(GANGNAM)).hasSize(1); // the one of 10:50 waits for 11:05
    assertThat(world.printing.nextDueAfter(GANGNAM)).contains(world.at(2024, 3, 4, 11, 5));
  }

  @Test
  void givenMinutesOutsideTheFiveMinuteSteps_whenConfigured_thenTheyAreRefusedNamingTheMinute() {
    assertThatThrownBy(() -> PrintSchedule.of(0, 7)).hasMessageContaining("7");
    assertThatThrownBy(() -> PrintSchedule.of(60)).hasMessageContaining("60");
    assertThatThrownBy(() -> PrintSchedule.of(-5)).hasMessageContaining("-5");
    assertThat(PrintSchedule.everyFiveMinutes().minutes()).hasSize(12).first().isEqualTo(0);
  }

  @Test
  void step2and3_givenWaitingSlipsAndNoSchedule_whenPrintUnprintedNowIsPressed_thenTheyPrintAndTheTimeIsKept() {
    world.requested(GANGNAM, Line.of(TEE, 1));
    world.requested(GANGNAM, Line.of(JEANS, 2));
    assertThat(world.printing.lastPrintedAt(GANGNAM)).isEmpty();
    world.setClock(world.at(2024, 3, 4, 10, 17));

    PrintOutcome outcome = world.printing.printUnprintedNow(GANGNAM, KIM);

    assertThat(((PrintOutcome.Ran) outcome).run().printed()).hasSize(2);
    assertThat(world.printing.lastPrintedAt(GANGNAM)).contains(world.at(2024, 3, 4, 10, 17).toInstant());
    assertThat(world.printing.pending(GANGNAM)).isEmpty();
    assertThat(world.printing.printUnprintedNow(HONGDAE, KIM)).isInstanceOf(PrintOutcome.Refused.class);
  }

  @Test
  void givenThePrinterIsOffline_whenADueMinuteComes_thenNothingIsLostAndTheSlipsPrintAtTheNextDueMinute() {
    world.printing.configure(GANGNAM, PrintSchedule.of(0, 30), CancellationDetail.CANCELLED_ITEMS_ONLY, KIM);
    world.requested(GANGNAM, Line.of(TEE, 1));
    world.requested(GANGNAM, Line.of(TEE, 1));
    world.requested(GANGNAM, Line.of(TEE, 1));
    world.printer.failAfter(1); // the paper runs out after one slip

    world.setClock(world.at(2024, 3, 4, 10, 0));
    PrintRun run = world.printing.runDue().get(0);
    assertThat(run.printed()).hasSize(1);
    assertThat(run.failure()).isPresent();
    assertThat(run.stillPending()).isEqualTo(2);
    world.printer.offline(false);
    world.setClock(world.at(2024, 3, 4, 10, 10));
    assertThat(world.printing.runDue()).isEmpty(); // not due: the failed slips wait for 10:30 or "print now"

    world.setClock(world.at(2024, 3, 4, 10, 30));
    assertThat(world.printing.runDue().get(0).printed()).hasSize(2);
    assertThat(world.printer.printed(AcceptanceSlip.class)).extracting(AcceptanceSlip::number).doesNotHaveDuplicates()
        .hasSize(3);
    assertThat(world.printing.lastPrintedAt(GANGNAM)).contains(world.at(2024, 3, 4, 10, 30).toInstant());
  }

  @Test
  void step4_givenAPartialCancellation_whenItPrintsByDefault_thenOnlyTheFinallyCancelledItemsAreOnTheSlip() {
    Pickup pickup = acceptedAndPrinted(GANGNAM);
    cancel(pickup, 1, 1, "첫 번째 취소");
    cancel(pickup, 2, 1, "두 번째 취소");
    world.printing.printUnprintedNow(GANGNAM, KIM);

    List<CancellationSlip> slips = world.printer.printed(CancellationSlip.class);
    assertThat(slips).hasSize(2);
    assertThat(slips.get(1).detail()).isEqualTo(CancellationDetail.CANCELLED_ITEMS_ONLY);
    assertThat(slips.get(1).cancelledItems()).extracting(SlipLine::sku, SlipLine::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(JEANS, Quantity.of(1)));
    assertThat(slips.get(1).earlierCancelledItems()).isEmpty();
    assertThat(slips.get(1).remainingItems()).isEmpty();
    assertThat(slips.get(1).acceptanceSlipVoid()).isFalse();
  }

  @Test
  void step4_givenTheWholeDetailOption_whenAPartialCancellationPrints_thenTheSlipShowsEveryCancellationAndWhatRemains() {
    world.printing.configure(GANGNAM, PrintSchedule.none(), CancellationDetail.WHOLE_DETAIL, KIM);
    Pickup pickup = acceptedAndPrinted(GANGNAM);
    cancel(pickup, 1, 1, "첫 번째 취소");
    world.printing.printUnprintedNow(GANGNAM, KIM);
    cancel(pickup, 2, 1, "두 번째 취소");
    world.printing.printUnprintedNow(GANGNAM, KIM);

    CancellationSlip second = world.printer.printed(CancellationSlip.class).get(1);
    assertThat(second.detail()).isEqualTo(CancellationDetail.WHOLE_DETAIL);
    assertThat(second.cancelledItems()).extracting(SlipLine::sku).containsExactly(JEANS);
    assertThat(second.earlierCancelledItems()).extracting(SlipLine::sku).containsExactly(TEE);
    assertThat(second.remainingItems()).extracting(SlipLine::sku, SlipLine::quantity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(JEANS, Quantity.of(1)));
  }

  @Test
  void step4_givenCancelledItems_whenTheirSlipPrints_thenTheyLeaveTheHangerAndAreSellableInTheStoreAgain() {
    Pickup pickup = acceptedAndPrinted(GANGNAM);
    int availableBefore = world.position(GANGNAM, JEANS).available();
    cancel(pickup, 2, 1, "고객 요청");

    assertThat(world.position(GANGNAM, JEANS).available()).isEqualTo(availableBefore + 1); // sellable again
    assertThat(world.get(pickup.number()).onHanger()).containsEntry(JEANS, 2); // physically still there
    world.printing.printUnprintedNow(GANGNAM, KIM);
    assertThat(world.get(pickup.number()).onHanger()).isEqualTo(Map.of(TEE, 1, JEANS, 1));
  }

  @Test
  void step4_givenEveryAcceptedItemIsCancelledLineByLine_whenTheLastGoes_thenThePickupIsCancelledAndItsSlipVoid() {
    Pickup pickup = acceptedAndPrinted(GANGNAM);
    cancel(pickup, 1, 1, "a");
    cancel(pickup, 2, 2, "b");
    world.printing.printUnprintedNow(GANGNAM, KIM);

    assertThat(world.get(pickup.number()).state()).isEqualTo(dev.o2o.pickup.PickupState.CANCELLED);
    assertThat(world.printer.printed(CancellationSlip.class)).extracting(CancellationSlip::acceptanceSlipVoid)
        .containsExactly(false, true);
    assertThat(world.get(pickup.number()).onHanger()).isEmpty();
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isZero();
    assertThat(world.printing.reprint(pickup.number(), KIM)).isInstanceOf(PrintOutcome.Refused.class);
  }

  @Test
  void givenTwoStores_whenTheirSchedulesDiffer_thenEachPrintsOnlyItsOwnSlipsAtItsOwnMinutes() {
    world.receive(HONGDAE, TEE, 3);
    world.printing.configure(GANGNAM, PrintSchedule.of(0), CancellationDetail.CANCELLED_ITEMS_ONLY, KIM);
    world.printing.configure(HONGDAE, PrintSchedule.of(30), CancellationDetail.CANCELLED_ITEMS_ONLY, LEE);
    assertThat(world.printing.configure(HONGDAE, PrintSchedule.none(), CancellationDetail.WHOLE_DETAIL, KIM))
        .isPresent(); // Kim works in Gangnam
    Pickup gangnam = world.requested(GANGNAM, Line.of(TEE, 1));
    Pickup hongdae = world.requested(HONGDAE, Line.of(TEE, 1));

    world.setClock(world.at(2024, 3, 4, 10, 0));
    assertThat(world.printing.runDue()).extracting(PrintRun::store).containsExactly(GANGNAM);
    world.setClock(world.at(2024, 3, 4, 10, 30));
    assertThat(world.printing.runDue()).extracting(PrintRun::store).containsExactly(HONGDAE);
    assertThat(world.printer.printed(AcceptanceSlip.class)).extracting(AcceptanceSlip::number)
        .containsExactly(gangnam.number(), hongdae.number());
  }

  private Pickup acceptedAndPrinted(dev.o2o.core.model.LocationId store) {
    Pickup pickup = world.accepted(store, Line.of(TEE, 1), Line.of(JEANS, 2));
    world.printing.printUnprintedNow(store, KIM);
    return pickup;
  }

  private void cancel(Pickup pickup, int line, int units, String reason) {
    assertThat(world.pickups.cancelLines(PickupRef.ofOrder(pickup.mallOrderNumber()), Map.of(line, Quantity.of(units)),
        Reason.of(reason), MALL).isDone()).isTrue();
  }
}
