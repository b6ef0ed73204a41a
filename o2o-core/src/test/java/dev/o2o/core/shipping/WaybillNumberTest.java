package dev.o2o.core.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaybillNumberTest {

  @Test
  void givenEachCourier_whenAskedItsLengths_thenTheyAreTheOnesSeenOnRealWaybills() {
    assertThat(Courier.CJ.lengths()).containsExactlyInAnyOrder(10, 12);
    assertThat(Courier.HANJIN.lengths()).containsExactlyInAnyOrder(10, 12);
    assertThat(Courier.LOTTE.lengths()).containsExactly(12);
    assertThat(Courier.LOGEN.lengths()).containsExactly(11);
    assertThat(Courier.KOREA_POST.lengths()).containsExactly(13);
    assertThat(Courier.usingLength(12)).containsExactly(Courier.CJ, Courier.HANJIN, Courier.LOTTE);
    assertThat(Courier.usingLength(9)).isEmpty();
  }

  @Test
  void givenACourierName_whenLookedUp_thenConstantAndKoreanNamesBothWork() {
    assertThat(Courier.named("korea-post")).contains(Courier.KOREA_POST);
    assertThat(Courier.named("우체국 택배")).contains(Courier.KOREA_POST);
    assertThat(Courier.named("CJ대한통운")).contains(Courier.CJ);
    assertThat(Courier.named("DHL")).isEmpty();
    assertThat(Courier.named(null)).isEmpty();
  }

  @Test
  void givenANumberEndingInItsMod7Digit_whenChecked_thenValidWithoutWarning() {
    // 12345678901 mod 7 = 3
    WaybillCheck check = WaybillNumber.check(Courier.CJ, "123456789013");

    assertThat(check).isEqualTo(new WaybillCheck.Valid(Courier.CJ, "123456789013", Optional.empty()));
    assertThat(((WaybillCheck.Valid) check).number().passesMod7()).isTrue();
  }

  @Test
  void givenANumberWithAWrongMod7Digit_whenChecked_thenValidWithAWarningNamingIt() {
    WaybillCheck check = WaybillNumber.check(Courier.LOTTE, "123456789015");

    assertThat(check.isValid()).isTrue();
    assertThat(((WaybillCheck.Valid) check).warning()).hasValueSatisfying(w ->
        assertThat(w).contains("롯데택배", "123456789015", "mod-7", "(3)"));
  }

  @Test
  void givenALengthTheCourierDoesNotUse_whenChecked_thenInvalidNamingCourierAndLengths() {
    assertThat(WaybillNumber.check(Courier.LOTTE, "1234567890"))
        .isEqualTo(new WaybillCheck.Invalid(
            "롯데택배 waybill number '1234567890' has 10 digits; LOTTE uses 12 digits"));
    assertThat(WaybillNumber.check(Courier.CJ, "12345678901"))
        .extracting(c -> ((WaybillCheck.Invalid) c).reason()).asString().contains("10 or 12 digits");
  }

  @Test
  void givenLettersOrNothing_whenChecked_thenInvalid() {
    assertThat(WaybillNumber.check(Courier.LOGEN, "1234567890A").isValid()).isFalse();
    assertThat(WaybillNumber.check(Courier.LOGEN, " ").isValid()).isFalse();
    assertThat(WaybillNumber.check(Courier.LOGEN, null).isValid()).isFalse();
  }

  @Test
  void givenAPrintedNumberWithHyphens_whenRead_thenTheDigitsAreKept() {
    assertThat(WaybillNumber.of(Courier.CJ, "1234-5678-9013").digits()).isEqualTo("123456789013");
  }

  @Test
  void givenABadNumber_whenConstructed_thenTheErrorNamesCourierAndNumber() {
    assertThatThrownBy(() -> new WaybillNumber(Courier.KOREA_POST, "1234-5678"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("우체국택배").hasMessageContaining("1234-5678");
    assertThatThrownBy(() -> WaybillNumber.of(Courier.KOREA_POST, "12345678"))
        .hasMessageContaining("13 digits");
  }

  @Test
  void givenAnyBody_whenItsMod7DigitIsAppended_thenTheNumberPasses_andAnyOtherLastDigitFails() {
    qt().withExamples(1_000)
        .forAll(longs().between(1_000_000_000L, 999_999_999_999L), integers().between(0, 9))
        .check((body, last) -> {
          String digits = body.toString() + last;
          return WaybillNumber.passesMod7(digits) == (body % 7 == last);
        });
  }

  @Test
  void givenAnyDigitsOfACouriersLength_whenChecked_thenValidWhateverTheCheckDigit() {
    qt().withExamples(1_000)
        .forAll(integers().between(0, Courier.values().length - 1), longs().between(0, 9_999_999_999_999L))
        .check((courierIndex, n) -> {
          Courier courier = Courier.values()[courierIndex];
          int length = courier.lengths().iterator().next();
          String digits = String.format("%013d", n).substring(13 - length);
          return WaybillNumber.check(courier, digits).isValid();
        });
  }
}
