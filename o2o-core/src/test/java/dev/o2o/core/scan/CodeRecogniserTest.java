package dev.o2o.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.scan.Recognition.Recognised;
import dev.o2o.core.scan.Recognition.Unrecognised;
import dev.o2o.core.shipping.Courier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeRecogniserTest {

  private final CodeRecogniser standard = CodeRecogniser.standard();

  @Test
  void givenItemBarcodesWithRightCheckDigits_whenRecognised_thenTheirSymbologyIsTheBestReading() {
    assertThat(standard.recognise("8801234567893").kind()).isEqualTo(CodeKind.EAN_13);
    assertThat(standard.recognise("96385074").kind()).isEqualTo(CodeKind.EAN_8);
    assertThat(standard.recognise("036000291452").kind()).isEqualTo(CodeKind.UPC_A);
  }

  @Test
  void givenSlipNumbers_whenRecognised_thenPickupAndCustomerSlipsAreTold() {
    assertThat(standard.recognise("PK000000000042").kind()).isEqualTo(CodeKind.PICKUP_SLIP);
    assertThat(standard.recognise("20221215-0000123").kind()).isEqualTo(CodeKind.CUSTOMER_SLIP);
  }

  @Test
  void givenWaybillLengths_whenRecognised_thenTheCouriersUsingThatLengthAreNamed() {
    // 123456789 mod 7 = 1: a CJ or Hanjin 10-digit waybill with its check digit
    assertThat(standard.recognise("1234567891")).isEqualTo(new Recognised(
        new Reading(CodeKind.WAYBILL, List.of(Courier.CJ, Courier.HANJIN), Optional.empty()), List.of()));
    Recognition logen = standard.recognise("12345678903");
    assertThat(logen.kind()).isEqualTo(CodeKind.WAYBILL);
    assertThat(((Recognised) logen).reading().couriers()).containsExactly(Courier.LOGEN);
  }

  @Test
  void givenAWaybillWithoutAMod7CheckDigit_whenRecognised_thenItIsStillAWaybill_withAWarning() {
    Recognition recognition = standard.recognise("1234567890");

    assertThat(recognition.kind()).isEqualTo(CodeKind.WAYBILL);
    assertThat(((Recognised) recognition).reading().warning()).hasValueSatisfying(w -> assertThat(w).contains("mod-7"));
  }

  @Test
  void givenACodeThatIsBothAnEan13AndAKoreaPostWaybill_whenRecognised_thenEan13WinsAndTheWaybillIsAnAlternative() {
    Recognition recognition = standard.recognise("8801234567893");

    assertThat(recognition.kind()).isEqualTo(CodeKind.EAN_13);
    assertThat(recognition.alternatives()).containsExactly(
        new Reading(CodeKind.WAYBILL, List.of(Courier.KOREA_POST), Optional.empty()));
    assertThat(recognition.fits(CodeKind.WAYBILL)).isTrue();
    assertThat(recognition.fits(CodeKind.UPC_A)).isFalse();
  }

  @Test
  void givenWaybillFirstInTheOrder_whenAnAmbiguousCodeIsRecognised_thenTheWaybillWins() {
    CodeRecogniser waybillsFirst = CodeRecogniser.builder()
        .order(List.of(CodeKind.WAYBILL, CodeKind.EAN_13, CodeKind.PICKUP_SLIP))
        .build();

    Recognition recognition = waybillsFirst.recognise("8801234567893");

    assertThat(recognition.kind()).isEqualTo(CodeKind.WAYBILL);
    assertThat(recognition.alternatives()).extracting(Reading::kind).containsExactly(CodeKind.EAN_13);
    assertThat(waybillsFirst.order()).containsExactly(CodeKind.WAYBILL, CodeKind.EAN_13, CodeKind.PICKUP_SLIP);
    assertThat(waybillsFirst.recognise("96385074").kind()).isEqualTo(CodeKind.UNRECOGNISED);
  }

  @Test
  void givenACertainReadingAndAnUncertainOneFirstInOrder_whenRecognised_thenTheCertainReadingWins() {
    CodeRecogniser waybillsFirst = CodeRecogniser.builder()
        .order(List.of(CodeKind.WAYBILL, CodeKind.UPC_A))
        .build();

    // a valid UPC-A whose mod-7 check fails: the waybill reading is only a guess
    Recognition recognition = waybillsFirst.recognise("036000291452");

    assertThat(recognition.kind()).isEqualTo(CodeKind.UPC_A);
    assertThat(recognition.readingAs(CodeKind.WAYBILL)).hasValueSatisfying(r -> assertThat(r.isCertain()).isFalse());
  }

  @Test
  void givenBadCodesOfEveryKind_whenRecognised_thenEachIsUnrecognisedWithItsReason() {
    assertUnrecognised("8801234567890", UnrecognisedReason.BAD_CHECK_DIGIT, "EAN-13 8801234567890 has check digit 0, expected 3");
    assertUnrecognised("96385075", UnrecognisedReason.BAD_CHECK_DIGIT, "EAN-8 96385075 has check digit 5, expected 4");
    assertUnrecognised("036000291453", UnrecognisedReason.BAD_CHECK_DIGIT, "UPC-A 036000291453 has check digit 3, expected 2");
    assertUnrecognised("PK12345", UnrecognisedReason.MALFORMED, "pickup slip number but is not PK and 12 digits");
    assertUnrecognised("20221215-ABC", UnrecognisedReason.MALFORMED, "customer slip number");
    assertUnrecognised("123456789", UnrecognisedReason.UNKNOWN_FORMAT, "9 digits");
    assertUnrecognised("HELLO", UnrecognisedReason.UNKNOWN_FORMAT, "'HELLO' match no known format");
    assertUnrecognised("", UnrecognisedReason.EMPTY, "nothing was read");
    assertUnrecognised(null, UnrecognisedReason.EMPTY, "nothing was read");
    assertUnrecognised("880\u00071234", UnrecognisedReason.UNPRINTABLE, "U+0007 at position 4 of '880?1234'");
    assertUnrecognised("88012345678é", UnrecognisedReason.UNPRINTABLE, "U+00E9");
    assertUnrecognised("1".repeat(65), UnrecognisedReason.TOO_LONG, "65 characters");
  }

  @Test
  void givenAnUnknownFormat_whenReported_thenTheDetailListsTheFormatsTheRecogniserKnows() {
    Unrecognised unknown = (Unrecognised) standard.recognise("XYZ-1");

    assertThat(unknown.detail()).contains("pickup slip (PK and 12 digits)", "EAN-13", "waybill (CJ 10/12",
        "KOREA_POST 13 digits)");
  }

  @Test
  void givenABadEan13ThatCouldBeAKoreaPostWaybillWithoutCheckDigit_whenRecognised_thenBadCheckDigitWithTheWaybillOffered() {
    Recognition recognition = standard.recognise("8801234567890");

    assertThat(recognition.kind()).isEqualTo(CodeKind.UNRECOGNISED);
    assertThat(recognition.readingAs(CodeKind.WAYBILL)).hasValueSatisfying(r -> {
      assertThat(r.couriers()).containsExactly(Courier.KOREA_POST);
      assertThat(r.warning()).isPresent();
    });
  }

  @Test
  void givenABadEan13WhoseDigitsPassTheMod7Check_whenRecognised_thenItIsAKoreaPostWaybill() {
    // 880123456788 mod 7 = 2, while its EAN-13 check digit is 6
    assertThat(standard.recognise("8801234567882").kind()).isEqualTo(CodeKind.WAYBILL);
  }

  @Test
  void givenOnlySomeCouriers_whenALengthOfAnotherIsScanned_thenItIsNotAWaybill() {
    CodeRecogniser logenOnly = CodeRecogniser.builder().couriers(Set.of(Courier.LOGEN)).build();

    assertThat(logenOnly.recognise("12345678903").kind()).isEqualTo(CodeKind.WAYBILL);
    assertThat(logenOnly.recognise("1234567891").kind()).isEqualTo(CodeKind.UNRECOGNISED);
  }

  @Test
  void givenOwnSlipFormats_whenRecognised_thenTheyReplaceTheDefaults() {
    CodeRecogniser recogniser = CodeRecogniser.builder()
        .pickupSlips(SlipFormat.of("P-[0-9]{6}", "P-.*", "P- and 6 digits"))
        .customerSlips(SlipFormat.of("ORD[0-9]{10}", "ORD and 10 digits"))
        .build();

    assertThat(recogniser.recognise("P-123456").kind()).isEqualTo(CodeKind.PICKUP_SLIP);
    assertThat(recogniser.recognise("PK000000000042").kind()).isEqualTo(CodeKind.UNRECOGNISED);
    assertThat(recogniser.recognise("ORD0000000001").kind()).isEqualTo(CodeKind.CUSTOMER_SLIP);
    assertThat(((Unrecognised) recogniser.recognise("ORD1")).reason()).isEqualTo(UnrecognisedReason.UNKNOWN_FORMAT);
    assertThat(((Unrecognised) recogniser.recognise("P-1")).reason()).isEqualTo(UnrecognisedReason.MALFORMED);
  }

  @Test
  void givenABadOrder_whenBuilt_thenRefused() {
    assertThatThrownBy(() -> CodeRecogniser.builder().order(List.of(CodeKind.EAN_13, CodeKind.EAN_13)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each once");
    assertThatThrownBy(() -> CodeRecogniser.builder().order(List.of(CodeKind.UNRECOGNISED)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeRecogniser.builder().order(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CodeRecogniser.builder().couriers(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenAnyText_whenRecognised_thenNothingIsThrownAndTheAnswerIsAlwaysTheSame() {
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(code -> standard.recognise(code).equals(standard.recognise(code)));
  }

  @Test
  void givenAny13Digits_whenRecognised_thenEan13ExactlyWhenTheCheckDigitIsRight() {
    qt().withExamples(5_000)
        .forAll(longs().between(0, 9_999_999_999_999L))
        .check(n -> {
          String code = String.format("%013d", n);
          return (standard.recognise(code).kind() == CodeKind.EAN_13) == Ean13.isValid(code);
        });
  }

  @Test
  void givenAny12DigitsWithTheirCheckDigit_whenRecognised_thenEan13() {
    qt().withExamples(2_000)
        .forAll(longs().between(0, 999_999_999_999L))
        .check(n -> standard.recognise(Ean13.withCheckDigit(String.format("%012d", n)).value()).kind()
            == CodeKind.EAN_13);
  }

  private void assertUnrecognised(String code, UnrecognisedReason reason, String detail) {
    Recognition recognition = standard.recognise(code);
    assertThat(recognition).as(code).isInstanceOfSatisfying(Unrecognised.class, u -> {
      assertThat(u.reason()).as(code).isEqualTo(reason);
      assertThat(u.detail()).as(code).contains(detail);
    });
  }
}
