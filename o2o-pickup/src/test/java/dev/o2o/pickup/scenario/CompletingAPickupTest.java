package dev.o2o.pickup.scenario;

import static dev.o2o.pickup.PickupWorld.CAP_BARCODE;
import static dev.o2o.pickup.PickupWorld.GANGNAM;
import static dev.o2o.pickup.PickupWorld.HONGDAE;
import static dev.o2o.pickup.PickupWorld.JEANS;
import static dev.o2o.pickup.PickupWorld.JEANS_BARCODE;
import static dev.o2o.pickup.PickupWorld.KIM;
import static dev.o2o.pickup.PickupWorld.LEE;
import static dev.o2o.pickup.PickupWorld.TEE;
import static dev.o2o.pickup.PickupWorld.TEE_BARCODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRequest.Line;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupWorld;
import dev.o2o.pickup.scan.CompletionScan;
import dev.o2o.pickup.scan.ScanRefusal.Kind;
import dev.o2o.pickup.scan.ScanResult;
import dev.o2o.pickup.scan.ScanStep;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Completing a pickup": customer's slip, acceptance slip, every kept item, quantities checked, [Pickup complete]. */
class CompletingAPickupTest {

  private final PickupWorld world = new PickupWorld();
  private Pickup pickup;
  private Pickup other;

  @BeforeEach
  void anAcceptedPickupWaitsOnTheHanger() {
    world.receive(GANGNAM, TEE, 5);
    world.receive(GANGNAM, JEANS, 5);
    pickup = world.accepted(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
    other = world.accepted(GANGNAM, Line.of(TEE, 1));
  }

  @Test
  void steps1to6_givenTheCustomersSlip_whenEverythingIsScannedAndStaffConfirm_thenTheItemsAreHandedOver() {
    CompletionScan scan = world.scanning.completion(KIM);                  // 1. open [Pickup registration]
    assertThat(scan.step()).isEqualTo(ScanStep.CUSTOMER_SLIP);

    assertThat(scan.scan(pickup.mallOrderNumber())).isInstanceOf(ScanResult.SlipRead.class); // 2. customer's slip
    assertThat(scan.step()).isEqualTo(ScanStep.KEPT_SLIP);
    assertThat(scan.scan(pickup.number().value())).isInstanceOf(ScanResult.SlipRead.class);  // 3. acceptance slip
    assertThat(scan.step()).isEqualTo(ScanStep.ITEMS);
    scan.scan(TEE_BARCODE);                                                                   // 4. every item
    scan.scan(JEANS_BARCODE);
    assertThat(scan.confirm()).isInstanceOf(ScanResult.Refused.class); // not all scanned yet
    ScanResult last = scan.scan(JEANS_BARCODE);
    assertThat(last).isInstanceOf(ScanResult.AllItemsScanned.class);                          // 5. quantities agree
    assertThat(((ScanResult.AllItemsScanned) last).progress().complete()).isTrue();
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.ACCEPTED); // staff confirm first

    assertThat(scan.confirm()).isInstanceOf(ScanResult.PickupChanged.class);                  // 6. [Pickup complete]
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.COMPLETED);
    assertThat(world.position(GANGNAM, JEANS).onHand()).isEqualTo(3);
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isZero();
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(1); // the other pickup's
    assertThat(world.get(pickup.number()).onHanger()).isEmpty();
    assertThat(world.mallEvents()).extracting(e -> e.mallOrderNumber() + ":" + e.state())
        .contains(pickup.mallOrderNumber() + ":COMPLETED");
  }

  @Test
  void givenTheCustomersPickup_whenTheSlipOfAnotherPickupIsScanned_thenItIsRefusedAsAMismatch() {
    CompletionScan scan = world.scanning.completion(KIM);
    scan.scan(pickup.mallOrderNumber());
    ScanResult wrong = scan.scan(other.number().value());
    assertThat(wrong).isInstanceOf(ScanResult.Refused.class);
    assertThat(((ScanResult.Refused) wrong).refusal().kind()).isEqualTo(Kind.SLIP_MISMATCH);
    assertThat(((ScanResult.Refused) wrong).refusal().message()).contains(pickup.number().value());
    assertThat(scan.step()).isEqualTo(ScanStep.KEPT_SLIP);
  }

  @Test
  void givenItemsBeingChecked_whenAWrongOrExtraItemIsScanned_thenItIsRefusedAndTheCountStays() {
    CompletionScan scan = world.scanning.completion(KIM);
    scan.scan(pickup.mallOrderNumber());
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);
    assertThat(kind(scan.scan(TEE_BARCODE))).isEqualTo(Kind.EXTRA_UNIT);
    assertThat(kind(scan.scan(CAP_BARCODE))).isEqualTo(Kind.WRONG_ITEM);
    scan.scan(JEANS_BARCODE);
    scan.scan(JEANS_BARCODE);
    assertThat(kind(scan.scan(JEANS_BARCODE))).isEqualTo(Kind.EXTRA_UNIT);
    assertThat(scan.step()).isEqualTo(ScanStep.CONFIRM);
    assertThat(scan.progress().orElseThrow().scannedUnits()).isEqualTo(3);
  }

  @Test
  void givenCustomerSlipsThatCannotBeHandedOver_whenScanned_thenTheyAreRefused() {
    world.receive(HONGDAE, TEE, 1);
    Pickup hongdae = world.accepted(HONGDAE, Line.of(TEE, 1));
    Pickup notAccepted = world.requested(GANGNAM, Line.of(TEE, 1));
    CompletionScan scan = world.scanning.completion(KIM);

    assertThat(kind(scan.scan(hongdae.mallOrderNumber()))).isEqualTo(Kind.OTHER_STORE);
    assertThat(kind(scan.scan(notAccepted.mallOrderNumber()))).isEqualTo(Kind.WRONG_STATE);
    assertThat(kind(scan.scan(pickup.number().value()))).isEqualTo(Kind.NOT_A_SLIP);
    assertThat(kind(scan.scan("ORD-NOPE"))).isEqualTo(Kind.UNKNOWN_PICKUP);
    assertThat(world.scanning.completion(LEE).scan(hongdae.mallOrderNumber()))
        .isInstanceOf(ScanResult.SlipRead.class);
  }

  @Test
  void givenAScanInProgress_whenUndoneStepByStep_thenItWalksBackToTheCustomersSlip() {
    CompletionScan scan = world.scanning.completion(KIM);
    scan.scan(pickup.mallOrderNumber());
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);
    assertThat(((ScanResult.Undone) scan.undo()).step()).isEqualTo(ScanStep.ITEMS);
    assertThat(((ScanResult.Undone) scan.undo()).step()).isEqualTo(ScanStep.KEPT_SLIP);
    assertThat(((ScanResult.Undone) scan.undo()).step()).isEqualTo(ScanStep.CUSTOMER_SLIP);
    assertThat(kind(scan.undo())).isEqualTo(Kind.NOTHING_TO_UNDO);
  }

  @Test
  void givenEveryItemScanned_whenTheMallCancelsBeforeStaffConfirm_thenConfirmIsRefusedAndNothingIsHandedOver() {
    CompletionScan scan = world.scanning.completion(KIM);
    scan.scan(other.mallOrderNumber());
    scan.scan(other.number().value());
    assertThat(scan.scan(TEE_BARCODE)).isInstanceOf(ScanResult.AllItemsScanned.class);
    world.pickups.cancel(dev.o2o.pickup.PickupRef.ofOrder(other.mallOrderNumber()), dev.o2o.pickup.Reason.of("취소"),
        PickupWorld.MALL);

    assertThat(kind(scan.confirm())).isEqualTo(Kind.WRONG_STATE);
    assertThat(world.get(other.number()).state()).isEqualTo(PickupState.CANCELLED);
    assertThat(world.position(GANGNAM, TEE).onHand()).isEqualTo(5);
    assertThat(scan.step()).isEqualTo(ScanStep.CUSTOMER_SLIP);
  }

  @Test
  void givenEveryItemScanned_whenTheMallCancelsOneUnitBeforeStaffConfirm_thenStaffAreAskedToCheckAgain() {
    CompletionScan scan = world.scanning.completion(KIM);
    scan.scan(pickup.mallOrderNumber());
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);
    scan.scan(JEANS_BARCODE);
    scan.scan(JEANS_BARCODE);
    world.pickups.cancelLines(dev.o2o.pickup.PickupRef.ofOrder(pickup.mallOrderNumber()),
        java.util.Map.of(2, dev.o2o.core.model.Quantity.of(1)), dev.o2o.pickup.Reason.of("부분 취소"), PickupWorld.MALL);

    assertThat(kind(scan.confirm())).isEqualTo(Kind.PICKUP_CHANGED);
    assertThat(scan.progress().orElseThrow().expectedUnits()).isEqualTo(2);
    assertThat(scan.confirm()).isInstanceOf(ScanResult.PickupChanged.class); // the scanned units cover what is left
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.COMPLETED);
    assertThat(world.position(GANGNAM, JEANS).onHand()).isEqualTo(4);
  }

  private static Kind kind(ScanResult result) {
    assertThat(result).isInstanceOf(ScanResult.Refused.class);
    return ((ScanResult.Refused) result).refusal().kind();
  }
}
