package dev.o2o.pickup.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class SlipNumberTest {

  @Test
  void givenASequence_whenNumbered_thenItIsPkAndTwelveZeroPaddedDigits() {
    assertThat(SlipNumber.ofSequence(42).value()).isEqualTo("PK000000000042");
  }

  @Test
  void givenAnyValidSequence_whenNumberedAndRead_thenTheSequenceComesBack() {
    qt().withExamples(500).forAll(longs().between(1, SlipNumber.MAX_SEQUENCE)).check(sequence -> {
      SlipNumber number = SlipNumber.ofSequence(sequence);
      return SlipNumber.isValid(number.value()) && SlipNumber.of(number.value()).sequence() == sequence;
    });
  }

  @Test
  void givenTextThatIsNotASlipNumber_whenRead_thenItIsRefusedNamingIt() {
    assertThat(SlipNumber.isValid("8801234567893")).isFalse();
    assertThat(SlipNumber.isValid("pk000000000042")).isFalse();
    assertThat(SlipNumber.isValid("PK00000000042")).isFalse();
    assertThat(SlipNumber.isValid(null)).isFalse();
    assertThatThrownBy(() -> SlipNumber.of("PK12")).hasMessageContaining("'PK12'");
    assertThatThrownBy(() -> SlipNumber.ofSequence(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenACustomer_whenMasked_thenOnlyTheEdgesOfTheNameAndTheLastFourDigitsShow() {
    assertThat(MaskedCustomer.mask("홍길동", "010-1234-5678")).isEqualTo(new MaskedCustomer("홍*동", "010-****-5678"));
    assertThat(MaskedCustomer.mask("김수", "01012345678")).isEqualTo(new MaskedCustomer("김*", "010****5678"));
    assertThat(MaskedCustomer.mask("남궁민수", "02-123-4567").name()).isEqualTo("남**수");
    assertThat(MaskedCustomer.mask("남궁민수", "02-123-4567").phone()).isEqualTo("02-***-4567");
  }
}
