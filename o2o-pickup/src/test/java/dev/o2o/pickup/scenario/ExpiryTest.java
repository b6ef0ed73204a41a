package dev.o2o.pickup.scenario;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.HONG;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.LEE;
import static dev.o2o.pickup.PickupWorld.MALL;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRequest;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.expiry.ExpiryOffer;
import dev.o2o.pickup.expiry.ExpiryOutcome;
import dev.o2o.pickup.expiry.PickupExpiry;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Expiry (deadline passed) processing": offered once at the program's first start; yes prints and releases. */
class ExpiryTest {

  private final PickupWorld world = new PickupWorld();
  private Pickup overdue;
  private Pickup inTime;

  @BeforeEach
  void acceptedPickups() {
    world.receive(GANGNAM, TEE, 5);
    world.receive(GANGNAM, JEANS, 5);
    overdue = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 1)); // deadline 2024-03-11 23:59:59
    world.clock.advance(Duration.ofDays(5));
    inTime = world.accepted(GANGNAM, Line.of(TEE, 1)); // deadline 2024-03-16
    world.setClock(world.at(2024, 3, 12, 9, 0));
  }

  @Test
  void step1_givenPickupsPastTheirDeadline_whenTheProgramStarts_thenTheyAreOfferedOnceOnly() {
    Optional<ExpiryOffer> offer = world.expiry.offerAtStart(GANGNAM);

    assertThat(offer).hasValueSatisfying(o -> {
      assertThat(o.pickups()).extracting(Pickup::number).containsExactly(overdue.number());
      assertThat(ExpiryOffer.QUESTION_KO).contains("출력");
    });
    assertThat(world.expiry.offerAtStart(GANGNAM)).isEmpty(); // however often the host calls it
    assertThat(world.get(overdue.number()).state()).isEqualTo(PickupState.ACCEPTED); // nothing changed by asking
  }

  @Test
  void step2_givenTheOffer_whenTheUserSaysYes_thenTheSlipPrintsAndTheItemsAreSellableAgain() {
    ExpiryOffer offer = world.expiry.offerAtStart(GANGNAM).orElseThrow();
    int availableBefore = world.position(GANGNAM, TEE).available();

    ExpiryOutcome outcome = world.expiry.printAndExpire(offer, KIM);

    assertThat(outcome).isInstanceOf(ExpiryOutcome.Expired.class);
    ExpiredPickupsSlip slip = world.printer.printed(ExpiredPickupsSlip.class).get(0);
    assertThat(slip.pickups()).extracting(ExpiredPickupsSlip.ExpiredPickup::number).containsExactly(overdue.number());
    assertThat(world.get(overdue.number()).state()).isEqualTo(PickupState.EXPIRED);
    assertThat(world.get(overdue.number()).onHanger()).isEmpty();
    assertThat(world.position(GANGNAM, TEE).available()).isEqualTo(availableBefore + 1);
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isZero();
    assertThat(world.get(inTime.number()).state()).isEqualTo(PickupState.ACCEPTED);
    assertThat(world.mallEvents()).extracting(e -> e.state()).contains("EXPIRED");
  }

  @Test
  void givenThePrinterFails_whenTheUserSaysYes_thenNothingExpires() {
    ExpiryOffer offer = world.expiry.offerAtStart(GANGNAM).orElseThrow();
    world.printer.offline(true);

    assertThat(world.expiry.printAndExpire(offer, KIM)).isInstanceOf(ExpiryOutcome.PrintFailed.class);
    assertThat(world.get(overdue.number()).state()).isEqualTo(PickupState.ACCEPTED);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(2);
  }

  @Test
  void givenTheCustomerCameAfterTheOffer_whenTheUserSaysYes_thenThereIsNothingToExpire() {
    ExpiryOffer offer = world.expiry.offerAtStart(GANGNAM).orElseThrow();
    world.pickups.complete(overdue.number(), KIM);
    assertThat(world.expiry.printAndExpire(offer, KIM)).isInstanceOf(ExpiryOutcome.NothingToExpire.class);
    assertThat(world.printer.printed()).isEmpty();
    assertThat(world.expiry.printAndExpire(offer, LEE)).isInstanceOf(ExpiryOutcome.Refused.class);
  }

  @Test
  void givenANewRunOfTheProgram_whenItStarts_thenItOffersAgain() {
    world.expiry.offerAtStart(GANGNAM);
    PickupExpiry nextRun = new PickupExpiry(world.pickups, world.pickupStore, world.activityLog, world.printer,
        world.slips, world.transactions, world.clock);
    assertThat(nextRun.offerAtStart(GANGNAM)).isPresent();
  }

  @Test
  void givenTheMallSentALastPickupDay_whenAccepted_thenThatDayIsTheDeadline() {
    Pickup pickup = world.pickups.request(new PickupRequest("ORD-DAY", GANGNAM, HONG, List.of(Line.of(TEE, 1)),
        world.now(), Optional.of(LocalDate.of(2024, 3, 13)), MALL)).recorded().orElseThrow();
    Pickup accepted = world.pickups.accept(pickup.number(), KIM).pickup().orElseThrow();
    assertThat(accepted.deadline()).contains(world.at(2024, 3, 13, 23, 59).plusSeconds(59).toInstant());
    assertThat(world.pickups.expire(pickup.number(), KIM).isDone()).isFalse(); // not overdue yet
  }
}
