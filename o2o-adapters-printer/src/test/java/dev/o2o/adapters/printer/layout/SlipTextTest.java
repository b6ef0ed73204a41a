package dev.o2o.adapters.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlipTextTest {

  @Test
  void givenAsciiAndHangul_whenCountingColumns_thenHangulTakesTwo() {
    assertThat(SlipText.columns("AB")).isEqualTo(2);
    assertThat(SlipText.columns("한글")).isEqualTo(4);
    assertThat(SlipText.columns("코트 M")).isEqualTo(6);
  }

  @Test
  void givenEveryHangulSyllable_whenEncodedInCp949_thenEachIsTwoBytesAndTwoColumns() {
    for (char c = 0xAC00; c <= 0xD7A3; c++) {
      String s = String.valueOf(c);
      assertThat(SlipText.printable(s)).isEqualTo(s);
      assertThat(SlipText.encode(s)).hasSize(2);
      assertThat(SlipText.columns(s)).isEqualTo(2);
    }
  }

  @Test
  void givenASyllableEucKrLacks_whenMadePrintable_thenCp949KeepsIt() {
    assertThat(SlipText.printable("똠방각하")).isEqualTo("똠방각하");
    assertThat(SlipText.encode("똠")).hasSize(2);
  }

  @Test
  void givenControlCharacters_whenMadePrintable_thenTheyBecomeSpacesAndCannotReachThePrinterAsCommands() {
    assertThat(SlipText.printable("코트\u001B@\u001DV0\n끝")).isEqualTo("코트 @ V0 끝");
    assertThat(SlipText.printable("a\tb\u0000c")).isEqualTo("a b c");
  }

  @Test
  void givenCharactersCp949Lacks_whenMadePrintable_thenEachBecomesOneQuestionMark() {
    assertThat(SlipText.printable("코트 😀 ₩")).isEqualTo("코트 ? ?");
  }

  @Test
  void givenDoubleByteSymbols_whenCounted_thenTheyTakeTwoColumnsAsThePrinterPrintsThem() {
    assertThat(SlipText.printable("·※")).isEqualTo("·※");
    assertThat(SlipText.columns("·※")).isEqualTo(4);
    assertThat(SlipText.encode("·※")).hasSize(4);
  }
}
