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
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.MaskedCustomer;
import dev.o2o.pickup.scan.AcceptanceScan;
import dev.o2o.pickup.scan.ScanRefusal.Kind;
import dev.o2o.pickup.scan.ScanResult;
import dev.o2o.pickup.scan.ScanStep;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Accepting a pickup": the mall's request, the printed acceptance slip, scanning the slip and every item. */
class AcceptingAPickupTest {

  private final PickupWorld world = new PickupWorld();
  private Pickup pickup;

  @BeforeEach
  void theMallSendsARequest() {
    world.receive(GANGNAM, TEE, 5);
    world.receive(GANGNAM, JEANS, 5);
    pickup = world.requested(GANGNAM, Line.of(TEE, 1), Line.of(JEANS, 2));
  }

  @Test
  void givenARequest_whenTaken_thenTheStoreChecksItsStockByReservingIt() {
    assertThat(pickup.state()).isEqualTo(PickupState.REQUESTED);
    assertThat(world.position(GANGNAM, TEE).pickupReserved()).isEqualTo(1);
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isEqualTo(2);
    assertThat(world.position(GANGNAM, JEANS).available()).isEqualTo(3);
  }

  @Test
  void step1_givenARequest_whenTheSlipsPrint_thenTheAcceptanceSlipCarriesEverythingStaffNeed() {
    world.printing.printUnprintedNow(GANGNAM, KIM);

    AcceptanceSlip slip = world.printer.printed(AcceptanceSlip.class).get(0);
    assertThat(slip.number()).isEqualTo(pickup.number());
    assertThat(slip.store().name()).isEqualTo("강남점");
    assertThat(slip.mallOrderNumber()).isEqualTo(pickup.mallOrderNumber());
    assertThat(slip.customer()).isEqualTo(new MaskedCustomer("홍*동", "010-****-5678"));
    assertThat(slip.lines()).extracting(l -> l.displayName() + "/" + l.colour() + "/" + l.size() + " x" + l.quantity())
        .containsExactly("베이직 반팔 티셔츠/블랙/M x1", "스트레이트 데님 팬츠/인디고/30 x2");
    assertThat(slip.reprint()).isFalse();
    assertThat(slip.deadline()).isEmpty(); // set when the pickup is accepted
  }

  @Test
  void steps2to4_givenThePrintedSlip_whenItAndEveryItemAreScanned_thenThePickupIsAcceptedByItself() {
    AcceptanceScan scan = world.scanning.acceptance(KIM);

    ScanResult slip = scan.scan(pickup.number().value());
    assertThat(slip).isInstanceOf(ScanResult.SlipRead.class);
    assertThat(scan.progress().orElseThrow().expectedUnits()).isEqualTo(3);

    assertThat(scan.scan(TEE_BARCODE)).isInstanceOf(ScanResult.ItemCounted.class);
    assertThat(scan.scan(JEANS_BARCODE)).isInstanceOf(ScanResult.ItemCounted.class);
    assertThat(scan.progress().orElseThrow().scannedUnits()).isEqualTo(2);
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.REQUESTED);

    ScanResult last = scan.scan(JEANS.value() + "\r\n"); // a SKU code works as well as a barcode
    assertThat(last).isInstanceOf(ScanResult.PickupChanged.class);
    Pickup accepted = world.get(pickup.number());
    assertThat(accepted.state()).isEqualTo(PickupState.ACCEPTED);
    assertThat(accepted.onHanger()).isEqualTo(Map.of(TEE, 1, JEANS, 2));
    assertThat(accepted.deadline()).contains(world.at(2024, 3, 11, 23, 59).plusSeconds(59).toInstant());
    assertThat(world.mallEvents()).extracting(e -> e.state()).containsExactly("ACCEPTED");
    assertThat(world.pickups.activityOf(pickup.number())).extracting(a -> a.actor()).contains(KIM);
    assertThat(scan.step()).isEqualTo(ScanStep.ACCEPTANCE_SLIP); // ready for the next slip
  }

  @Test
  void givenASlipBeingScanned_whenAWrongItemAnExtraUnitOrAnUnknownCodeIsScanned_thenEachIsRefusedAndNothingCounts() {
    AcceptanceScan scan = world.scanning.acceptance(KIM);
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);

    assertRefused(scan.scan(CAP_BARCODE), Kind.WRONG_ITEM, "CP24-WHT-F");
    assertRefused(scan.scan(TEE_BARCODE), Kind.EXTRA_UNIT, "TS24-BLK-M");
    assertRefused(scan.scan("8801234567890"), Kind.UNKNOWN_ITEM, "8801234567890"); // wrong check digit
    assertRefused(scan.scan("   "), Kind.UNREADABLE, "nothing readable");
    assertRefused(scan.scan(pickup.number().value()), Kind.UNEXPECTED_SLIP, pickup.number().value());

    assertThat(scan.progress().orElseThrow().scannedUnits()).isEqualTo(1);
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.REQUESTED);
  }

  @Test
  void givenSlipsOfAnotherStoreOrInTheWrongState_whenScanned_thenTheyAreRefused() {
    world.receive(HONGDAE, TEE, 1);
    Pickup hongdae = world.requested(HONGDAE, Line.of(TEE, 1));
    AcceptanceScan scan = world.scanning.acceptance(KIM);

    assertRefused(scan.scan(hongdae.number().value()), Kind.OTHER_STORE, "ST-HONGDAE");
    assertRefused(scan.scan(TEE_BARCODE), Kind.NOT_A_SLIP, "scan the slip first");
    assertRefused(scan.scan("PK999999999999"), Kind.UNKNOWN_PICKUP, "PK999999999999");

    world.pickups.accept(pickup.number(), KIM);
    assertRefused(scan.scan(pickup.number().value()), Kind.WRONG_STATE, "ACCEPTED");
    assertThat(world.scanning.acceptance(LEE).scan(hongdae.number().value()))
        .isInstanceOf(ScanResult.SlipRead.class);
  }

  @Test
  void givenScannedItems_whenUndone_thenTheLastScanIsTakenBackOneByOne() {
    AcceptanceScan scan = world.scanning.acceptance(KIM);
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);
    scan.scan(JEANS_BARCODE);

    assertThat(scan.undo()).isInstanceOf(ScanResult.Undone.class);
    assertThat(scan.progress().orElseThrow().lines())
        .extracting(l -> l.sku() + "=" + l.scanned() + "/" + l.expected())
        .containsExactly("DN24-IND-30=0/2", "TS24-BLK-M=1/1");
    scan.undo();
    assertThat(scan.undo()).isEqualTo(new ScanResult.Undone("slip " + pickup.number(), ScanStep.ACCEPTANCE_SLIP));
    assertRefused(scan.undo(), Kind.NOTHING_TO_UNDO, "nothing");
    assertThat(scan.progress()).isEmpty();
  }

  @Test
  void givenTheMallCancelsAUnitWhileItIsScanned_whenTheLastUnitIsScanned_thenThePickupIsAcceptedAsItNowStands() {
    AcceptanceScan scan = world.scanning.acceptance(KIM);
    scan.scan(pickup.number().value());
    scan.scan(TEE_BARCODE);
    scan.scan(JEANS_BARCODE);
    world.pickups.cancelLines(dev.o2o.pickup.PickupRef.ofOrder(pickup.mallOrderNumber()),
        Map.of(2, dev.o2o.core.model.Quantity.of(1)), dev.o2o.pickup.Reason.of("고객 부분 취소"), PickupWorld.MALL);

    // One jeans is left, and it was scanned: this unit is one too many, and the pickup is complete as it stands.
    assertThat(scan.scan(JEANS_BARCODE)).isInstanceOf(ScanResult.PickupChanged.class);
    assertThat(world.get(pickup.number()).state()).isEqualTo(PickupState.ACCEPTED);
    assertThat(world.position(GANGNAM, JEANS).pickupReserved()).isEqualTo(1);
  }

  private static void assertRefused(ScanResult result, Kind kind, String messagePart) {
    assertThat(result).isInstanceOf(ScanResult.Refused.class);
    ScanResult.Refused refused = (ScanResult.Refused) result;
    assertThat(refused.refusal().kind()).isEqualTo(kind);
    assertThat(refused.refusal().message()).contains(messagePart);
  }
}
