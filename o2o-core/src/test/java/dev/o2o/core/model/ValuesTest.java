package dev.o2o.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void givenBlankOrPaddedOrOverlongCodes_whenMadeIntoValues_thenRefusedNamingWhatWasWrong() {
    assertThatThrownBy(() -> SkuCode.of(" ")).hasMessageContaining("SKU code must not be blank");
    assertThatThrownBy(() -> SkuCode.of(" TS24")).hasMessageContaining("whitespace");
    assertThatThrownBy(() -> StyleCode.of("x".repeat(65))).hasMessageContaining("at most 64");
    assertThatThrownBy(() -> SkuCode.of(null)).hasMessageContaining("SKU code");
  }

  @Test
  void aCodeIsAcceptedExactlyWhenItIsNotBlankNotPaddedAndNotOverlong() {
    // Characters drawn from letters, digits, ASCII and other whitespace, and a non-breaking space (not whitespace).
    char[] alphabet = {'A', 'z', '7', '-', ' ', '\t', '\n', '\u2003', '\u00a0', '\u3000', '한'};
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, alphabet.length - 1)).ofSizeBetween(0, 70))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(p -> text.append(alphabet[p]));
          String code = text.toString();
          boolean valid = !code.isBlank() && code.strip().equals(code) && code.length() <= Checks.MAX_CODE_LENGTH;
          if (valid) {
            assertThat(Checks.requireCode("code", code)).isSameAs(code);
          } else {
            assertThatThrownBy(() -> Checks.requireCode("code", code))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("code must");
          }
        });
    assertThat(List.of("A", "A B", "한글")).allSatisfy(code -> assertThat(Checks.requireCode("code", code)).isEqualTo(code));
  }

  @Test
  void givenNegativeQuantity_whenMade_thenRefused() {
    assertThatThrownBy(() -> Quantity.of(-1)).hasMessageContaining("-1");
    assertThat(Quantity.of(3).plus(Quantity.of(2))).isEqualTo(Quantity.of(5));
    assertThatThrownBy(() -> Quantity.of(1).minus(Quantity.of(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenLocation_whenWrittenAndParsed_thenItIsTheSameLocationOfTheSameKind() {
    LocationId store = LocationId.store("ST-GANGNAM");
    assertThat(store.toString()).isEqualTo("STORE:ST-GANGNAM");
    assertThat(LocationId.parse("STORE:ST-GANGNAM")).isEqualTo(store);
    assertThat(store.isStore()).isTrue();
    assertThat(LocationId.warehouse("ST-GANGNAM")).isNotEqualTo(store);
    assertThatThrownBy(() -> LocationId.parse("SHOP:X")).hasMessageContaining("SHOP:X");
    assertThatThrownBy(() -> LocationId.parse("X")).hasMessageContaining("KIND:CODE");
  }

  @Test
  void givenStaffAndSystemActors_whenAskedWhereTheyWork_thenOnlyStaffWorkForALocation() {
    Actor clerk = Actor.staff("kim.minji", LocationId.store("ST-GANGNAM"));
    assertThat(clerk.worksFor(LocationId.store("ST-GANGNAM"))).isTrue();
    assertThat(clerk.worksFor(LocationId.store("ST-HONGDAE"))).isFalse();
    assertThat(Actor.system("mall-scheduler").worksFor(LocationId.store("ST-GANGNAM"))).isFalse();
    assertThat(clerk.toString()).isEqualTo("kim.minji@STORE:ST-GANGNAM");
  }
}
