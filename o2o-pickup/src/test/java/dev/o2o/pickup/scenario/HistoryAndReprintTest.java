package dev.o2o.pickup.scenario;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.HONGDAE;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.LEE;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.SEOUL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.pickup.Activity;
import dev.o2o.pickup.Customer;
import dev.o2o.pickup.DisplayCategory;
import dev.o2o.pickup.DisplayColour;
import dev.o2o.pickup.HistoryRow;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupRef;
import dev.o2o.pickup.PickupRequest;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.RequestOutcome;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.printing.PrintOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Pickup acceptance history": search conditions, colours per state, reprinting a slip, who did what. */
class HistoryAndReprintTest {

  private final PickupWorld world = new PickupWorld();
  private Pickup accepted;
  private Pickup completed;
  private Pickup cancelled;
  private Pickup expired;
  private Pickup kims;

  @BeforeEach
  void aFewDaysOfPickups() {
    world.receive(GANGNAM, TEE, 20);
    world.receive(HONGDAE, TEE, 20);
    accepted = world.accepted(GANGNAM, Line.of(TEE, 1));
    completed = world.accepted(GANGNAM, Line.of(TEE, 1));
    world.pickups.complete(completed.number(), KIM);
    world.clock.advance(Duration.ofDays(1));
    cancelled = world.accepted(GANGNAM, Line.of(TEE, 1));
    world.pickups.cancel(PickupRef.of(cancelled.number()), Reason.of("고객 취소"), KIM);
    expired = world.accepted(GANGNAM, Line.of(TEE, 1));
    world.clock.advance(Duration.ofDays(10));
    world.pickups.expire(expired.number(), KIM);
    RequestOutcome other = world.pickups.request(new PickupRequest("ORD-KIM", HONGDAE,
        new Customer("김철수", "010-5555-7777"), List.of(Line.of(TEE, 1)), world.now(), MALL));
    kims = other.recorded().orElseThrow();
  }

  @Test
  void steps2to4_givenSearchConditions_whenSearched_thenMatchingPickupsComeWithTheirColours() {
    List<HistoryRow> gangnam = world.pickups.search(PickupQuery.all().inStore(GANGNAM));
    assertThat(gangnam).extracting(r -> r.pickup().number(), HistoryRow::colour).containsExactly(
        org.assertj.core.groups.Tuple.tuple(accepted.number(), DisplayColour.BLACK),
        org.assertj.core.groups.Tuple.tuple(completed.number(), DisplayColour.BLUE),
        org.assertj.core.groups.Tuple.tuple(cancelled.number(), DisplayColour.RED),
        org.assertj.core.groups.Tuple.tuple(expired.number(), DisplayColour.GREY));
    assertThat(gangnam).extracting(HistoryRow::category).containsExactly(DisplayCategory.ACCEPTED,
        DisplayCategory.COMPLETED, DisplayCategory.CANCELLED, DisplayCategory.EXPIRED);

    assertThat(world.pickups.search(PickupQuery.all().requestedOn(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5),
        SEOUL))).extracting(r -> r.pickup().number()).containsExactly(cancelled.number(), expired.number());
    assertThat(world.pickups.search(PickupQuery.all().inStates(PickupState.COMPLETED)))
        .extracting(r -> r.pickup().number()).containsExactly(completed.number());
    assertThat(world.pickups.search(PickupQuery.all().forOrder(accepted.mallOrderNumber())))
        .extracting(r -> r.pickup().number()).containsExactly(accepted.number());
    assertThat(world.pickups.search(PickupQuery.all().forCustomer("김철수")))
        .extracting(r -> r.pickup().number()).containsExactly(kims.number());
    assertThat(world.pickups.search(PickupQuery.all().forCustomer("7777").inStore(GANGNAM))).isEmpty();
  }

  @Test
  void step5_givenAResult_whenPrintIsClicked_thenTheSlipIsReprintedAndMarkedAsAReprint() {
    PrintOutcome outcome = world.printing.reprint(completed.number(), KIM);

    assertThat(outcome).isInstanceOf(PrintOutcome.Ran.class);
    AcceptanceSlip slip = world.printer.printed(AcceptanceSlip.class).get(0);
    assertThat(slip.reprint()).isTrue();
    assertThat(slip.number()).isEqualTo(completed.number());
    assertThat(slip.deadline()).isPresent();
    assertThat(world.pickups.activityOf(completed.number())).extracting(PickupActivity::activity)
        .contains(Activity.ACCEPTANCE_SLIP_REPRINTED);
  }

  @Test
  void givenStaffOfAnotherStoreOrAVoidSlip_whenReprintIsAsked_thenItIsRefusedAndNothingPrints() {
    assertThat(world.printing.reprint(completed.number(), LEE)).isInstanceOf(PrintOutcome.Refused.class);
    assertThat(world.printing.reprint(cancelled.number(), KIM)).isInstanceOf(PrintOutcome.Refused.class);
    assertThat(world.printer.printed()).isEmpty();
  }

  @Test
  void givenAPickupsLife_whenItsActivityIsRead_thenItShowsWhoDidWhatAndWhen() {
    List<PickupActivity> history = world.pickups.activityOf(cancelled.number());
    assertThat(history).extracting(PickupActivity::activity, a -> a.actor().staffId(), PickupActivity::stateAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Activity.REQUESTED, "mall", PickupState.REQUESTED),
            org.assertj.core.groups.Tuple.tuple(Activity.ACCEPTED, "kim", PickupState.ACCEPTED),
            org.assertj.core.groups.Tuple.tuple(Activity.CANCELLED, "kim", PickupState.CANCELLED));
    assertThat(history.get(2).detail()).hasValueSatisfying(d -> assertThat(d).contains("고객 취소"));
  }
}
