package dev.o2o.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ean13Test {

  @Test
  void givenKoreanTwelveDigits_whenCompleted_thenTheCheckDigitIsTheGs1One() {
    assertThat(Ean13.checkDigit("880123456789")).isEqualTo(3);
    assertThat(Ean13.withCheckDigit("880123456789")).isEqualTo(Ean13.of("8801234567893"));
    assertThat(Ean13.of("8801234567893").isKorean()).isTrue();
    assertThat(Ean13.of("4006381333931").isKorean()).isFalse();
  }

  @Test
  void givenWrongCheckDigitOrLength_whenMade_thenRefusedSayingWhy() {
    assertThatThrownBy(() -> Ean13.of("8801234567890")).hasMessageContaining("expected 3");
    assertThatThrownBy(() -> Ean13.of("880123456789")).hasMessageContaining("13 digits");
    assertThatThrownBy(() -> Ean13.of("88012345678X3")).hasMessageContaining("13 digits");
    assertThat(Ean13.isValid("8801234567893")).isTrue();
    assertThat(Ean13.isValid("8801234567894")).isFalse();
    assertThat(Ean13.isValid(null)).isFalse();
  }

  @Test
  void givenSkuWithoutBarcodeOrWithOneTwice_whenMade_thenRefusedNamingTheSku() {
    assertThatThrownBy(() -> new Sku(SkuCode.of("TS-1"), StyleCode.of("TS"), "검정", "M", "티셔츠", List.of()))
        .hasMessageContaining("TS-1").hasMessageContaining("barcode");
    Ean13 code = Ean13.of("8801234567893");
    assertThatThrownBy(() -> new Sku(SkuCode.of("TS-1"), StyleCode.of("TS"), "검정", "M", "티셔츠", List.of(code, code)))
        .hasMessageContaining("twice");
  }
}
