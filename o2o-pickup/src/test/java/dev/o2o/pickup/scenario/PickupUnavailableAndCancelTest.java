package dev.o2o.pickup.scenario;

import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.TEE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.CompletionScan;
import dev.o2o.pickup.scan.ScanRefusal.Kind;
import dev.o2o.pickup.scan.ScanResult;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Pickup unavailable" (from the acceptance tab) and "Cancelling a pickup (after acceptance)" (registration tab). */
class PickupUnavailableAndCancelTest {

  private final PickupWorld world = new PickupWorld();

  @BeforeEach
  void stock() {
    world.receive(GANGNAM, TEE, 3);
    world.receive(GANGNAM, JEANS, 3);
  }

  @Test
  void unavailableSteps1to5_givenARequest_whenStaffScanItsSlipAndMarkItUnavailableWithAReason_thenStockIsReleased() {
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 2));
    AcceptanceScan scan = world.scanning.acceptance(KIM);                          // 1. [Pickup acceptance]
    assertThat(scan.markUnavailable(Reason.of("x"))).isInstanceOf(ScanResult.Refused.class); // no slip yet
    scan.scan(pickup.number().value());                                             // 2. scan the slip
    ScanResult done = scan.markUnavailable(world.pickups.config().reason("DAMAGED").orElseThrow()); // 3.-5.

    assertThat(done).isInstanceOf(ScanResult.PickupChanged.class);
    Pickup after = world.get(pickup.number());
    assertThat(after.state()).isEqualTo(PickupState.UNAVAILABLE);
    assertThat(after.reason()).contains(Reason.coded("DAMAGED", "상품 불량"));
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isZero();
    assertThat(world.position(GANGNAM, TEE).available()).isEqualTo(3);
    assertThat(world.mallEvents()).singleElement()
        .satisfies(e -> {
          assertThat(e.state()).isEqualTo("UNAVAILABLE");
          assertThat(e.reason()).contains("[DAMAGED] 상품 불량");
        });
  }

  @Test
  void givenAReasonCodeTheHostDidNotConfigure_whenUsed_thenItIsRefusedAndNothingChanges() {
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 1));
    AcceptanceScan scan = world.scanning.acceptance(KIM);
    scan.scan(pickup.number().value());
    ScanResult refused = scan.markUnavailable(Reason.coded("WHATEVER", "?"));
    assertThat(((ScanResult.Refused) refused).refusal().kind()).isEqualTo(Kind.COMMAND_REFUSED);
    assertThat(((ScanResult.Refused) refused).refusal().message()).contains("WHATEVER");
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.REQUESTED);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(1);
  }

  @Test
  void cancelSteps1to5_givenAnAcceptedPickup_whenStaffScanTheSlipAndCancelWithAReason_thenStockIsReleasedAndASlipWaits() {
    Pickup pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 1));
    world.printing.printUnprintedNow(GANGNAM, KIM); // its acceptance slip hangs with the items
    world.printer.clear();

    CompletionScan scan = world.scanning.completion(KIM);                            // 1. [Pickup registration]
    scan.scan(pickup.mallOrderNumber());                                              // 2. scan the slip
    ScanResult cancelled = scan.cancel(Reason.of("고객이 방문하지 않겠다고 연락함"));  // 3.-5. cancel, reason

    assertThat(cancelled).isInstanceOf(ScanResult.PickupChanged.class);
    Pickup after = world.get(pickup.number());
    assertThat(after.state()).isEqualTo(PickupState.CANCELLED);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isZero();
    assertThat(after.onHanger()).containsEntry(TEE, 1); // until the cancellation slip prints

    world.printing.printUnprintedNow(GANGNAM, KIM);
    CancellationSlip slip = world.printer.printed(CancellationSlip.class).get(0);
    assertThat(slip.acceptanceSlipVoid()).isTrue();
    assertThat(slip.reason()).isEqualTo("고객이 방문하지 않겠다고 연락함");
    assertThat(world.get(pickup.number()).onHanger()).isEmpty();
    assertThat(world.mallEvents()).last().satisfies(e -> {
      assertThat(e.state()).isEqualTo("CANCELLED");
      assertThat(e.cancelledLines()).hasSize(2);
    });
  }

  @Test
  void givenARequestNotYetAccepted_whenTheMallCancelsIt_thenItIsCancelledAndItsStockReleased() {
    Pickup pickup = world.requested(GANGNAM, Line.of(TEE, 2));
    var outcome = world.pickups.cancel(dev.o2o.pickup.PickupRef.ofOrder(pickup.mallOrderNumber()),
        Reason.of("주문 취소"), PickupWorld.MALL);
    assertThat(outcome.isDone()).isTrue();
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.CANCELLED);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isZero();
    assertThat(world.get(pickup.number()).onHanger()).isEmpty(); // never accepted: never on the hanger
    assertThat(world.get(pickup.number()).acceptanceSlipPending()).isFalse();
    assertThat(Optional.of(world.printing.pending(GANGNAM).size())).contains(1); // the cancellation slip
  }
}
