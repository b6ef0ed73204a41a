package dev.o2o.allocation.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.OrderId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A shipment's own rules: ids of a sequence, and a history that reads as words. */
class ShipmentTest {

  private static final LocationId ICHEON = LocationId.warehouse("WH-ICHEON");
  private static final Actor CLERK = Actor.staff("kim.minji", ICHEON);
  private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");
  private static final OrderId ORDER = OrderId.of("MUSINSA", "2026-0001");

  @Test
  void givenSequenceNumbers_whenMadeIds_thenTheyHaveEightDigitsOrMore() {
    assertThat(ShipmentId.ofSequence(1)).isEqualTo(ShipmentId.of("SHP-00000001"));
    assertThat(ShipmentId.ofSequence(42).value()).isEqualTo("SHP-00000042");
    assertThat(ShipmentId.ofSequence(12_345_678).value()).isEqualTo("SHP-12345678");
    assertThat(ShipmentId.ofSequence(123_456_789).value()).isEqualTo("SHP-123456789");
    assertThat(ShipmentId.ofSequence(Long.MAX_VALUE).value()).isEqualTo("SHP-" + Long.MAX_VALUE);
    assertThatThrownBy(() -> ShipmentId.ofSequence(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shipment sequence numbers start at 1, got 0");
  }

  @Test
  void givenIdsOfTheSequence_whenAskedTheirNumber_thenItIsTheNumberTheyWereMadeFrom() {
    qt().withExamples(2_000).forAll(longs().between(1, Long.MAX_VALUE))
        .check(n -> ShipmentId.ofSequence(n).sequenceNumber() == n);
    assertThat(ShipmentId.ofSequence(Long.MAX_VALUE).sequenceNumber()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void givenIdsNotWrittenAsTheSequenceWritesThem_whenAskedTheirNumber_thenItIsZero() {
    for (String other : List.of("SHP-NONE", "SHP-0000001", "SHP-000000001", "SHP-00000000", "SHP-0000000A",
        "SHP-9223372036854775808", "SHP-99999999999999999999", "SHX-00000001", "SHP-+0000001", "SHP-0000001/")) {
      assertThat(ShipmentId.of(other.replace("/", "")).sequenceNumber()).as(other).isZero();
    }
  }

  @Test
  void givenAnyIdOfShipmentForm_whenItHasANumber_thenTheSequenceWritesThatNumberAsThisId() {
    qt().withExamples(5_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 20),
            strings().betweenCodePoints('0', '9').ofLengthBetween(0, 20))
        .check((noise, digits) -> {
          for (String value : List.of("SHP-" + digits, "SHP-" + noise, "SHP-" + digits + noise)) {
            if (value.indexOf('/') < 0 && value.equals(value.strip())) {
              long n = ShipmentId.of(value).sequenceNumber();
              if (n != 0 && !ShipmentId.ofSequence(n).value().equals(value)) {
                return false;
              }
            }
          }
          return true;
        });
  }

  @Test
  void givenAShipment_whenItsLinesAreCancelledAndWaybillRegistered_thenEveryChangeIsInItsHistoryInWords() {
    Shipment allocated = Shipment.allocated(ShipmentId.ofSequence(1), ICHEON, List.of(
        new ShipmentLine(1, ORDER, 1, SkuCode.of("TS24-BLK-M"), Quantity.of(1), false),
        new ShipmentLine(2, ORDER, 2, SkuCode.of("TS24-BLK-L"), Quantity.of(1), false)), T0, CLERK);
    Shipment cancelled = allocated.cancelOrderLines(ORDER, List.of(2), T0.plusSeconds(1), CLERK)
        .cancelOrderLines(ORDER, List.of(1), T0.plusSeconds(2), CLERK);

    assertThat(cancelled.history()).extracting(ShipmentChange::what).containsExactly(
        "allocated from WAREHOUSE:WH-ICHEON",
        "line(s) [2] cancelled with order MUSINSA/2026-0001",
        "line(s) [1] cancelled with order MUSINSA/2026-0001; nothing left to ship");
    assertThat(cancelled.history()).extracting(ShipmentChange::state)
        .containsExactly(ShipmentState.ALLOCATED, ShipmentState.ALLOCATED, ShipmentState.CANCELLED);
    assertThat(cancelled.createdAt()).isEqualTo(T0);
    assertThatThrownBy(() -> cancelled.history().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givenANewShipment_whenItsFirstChangeIsComparedWithTheSameInWords_thenTheyAreEqual() {
    ShipmentChange first = Shipment.allocated(ShipmentId.ofSequence(1), ICHEON,
        List.of(new ShipmentLine(1, ORDER, 1, SkuCode.of("TS24-BLK-M"), Quantity.of(1), false)), T0, CLERK)
        .history().get(0);
    ShipmentChange inWords = new ShipmentChange(T0, CLERK, ShipmentState.ALLOCATED,
        "allocated from WAREHOUSE:WH-ICHEON");

    assertThat(first).isEqualTo(inWords).hasSameHashCodeAs(inWords).hasToString(inWords.toString());
    assertThat(first).isNotEqualTo(new ShipmentChange(T0, CLERK, ShipmentState.CANCELLED,
        "allocated from WAREHOUSE:WH-ICHEON"));
    assertThatThrownBy(() -> new ShipmentChange(T0, CLERK, ShipmentState.ALLOCATED, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("what changed must not be blank");
  }

  @Test
  void givenALineWithAPartMissing_whenMade_thenTheErrorNamesThePartAndTheLine() {
    SkuCode sku = SkuCode.of("SKU-1");
    Quantity two = Quantity.of(2);
    assertThatThrownBy(() -> new ShipmentLine(3, null, 1, sku, two, false))
        .isInstanceOf(NullPointerException.class).hasMessage("order of shipment line 3");
    assertThatThrownBy(() -> new ShipmentLine(3, ORDER, 1, null, two, false))
        .isInstanceOf(NullPointerException.class).hasMessage("SKU of shipment line 3");
    assertThatThrownBy(() -> new ShipmentLine(3, ORDER, 1, sku, null, false))
        .isInstanceOf(NullPointerException.class).hasMessage("quantity of shipment line 3");
  }
}
