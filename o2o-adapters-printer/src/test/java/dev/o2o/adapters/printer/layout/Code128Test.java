package dev.o2o.adapters.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2o.adapters.printer.testkit.Code128Reader;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class Code128Test {

  @Test
  void givenASlipNumber_whenEncoded_thenDigitsUseCodeSetCAndItFits58mmAtTwoDotsAModule() {
    Code128 symbol = Code128.of("PK000000000042");

    // start B, P, K, code C, six digit pairs, check, stop
    assertThat(symbol.values()).hasSize(12);
    assertThat(symbol.values().subList(0, 4)).containsExactly(104, 'P' - 32, 'K' - 32, 99);
    assertThat(symbol.values().subList(4, 10)).containsExactly(0, 0, 0, 0, 0, 42);
    assertThat(symbol.escPosData()).isEqualTo("{BPK{C" + "\0\0\0\0\0" + (char) 42);
    assertThat(symbol.moduleWidthFor(PaperWidth.MM58_32.dots())).isEqualTo(2);
  }

  @Test
  void givenTheCheckSymbol_thenItIsTheWeightedSumModulo103() {
    Code128 symbol = Code128.of("AB1");
    // start B 104 + 1*33 (A) + 2*34 (B) + 3*17 (1) = 256; 256 mod 103 = 50
    assertThat(symbol.values()).containsExactly(104, 33, 34, 17, 50, 106);
    assertThat(symbol.modules()).isEqualTo(5 * 11 + 13);
  }

  @Test
  void givenABrace_whenEncodedForEscPos_thenItIsDoubled() {
    assertThat(Code128.of("a{b").escPosData()).isEqualTo("{Ba{{b");
  }

  @Test
  void givenAnyPrintableAscii_whenDrawnAndReadBack_thenTheReaderGetsTheData() {
    qt().withExamples(300).forAll(strings().ascii().ofLengthBetween(1, 30)
        .map(s -> s.chars().map(c -> c < 0x20 || c > 0x7E ? '0' + c % 10 : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()))
        .check(data -> Code128Reader.read(draw(Code128.of(data)), 0).equals(data));
  }

  @Test
  void givenDataOutsidePrintableAscii_whenEncoded_thenItIsRefused() {
    assertThatThrownBy(() -> Code128.of("코트")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Code128.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block.Barcode("ABCDEFGHIJKLMNOP")).hasMessageContaining("58 mm");
  }

  private static BufferedImage draw(Code128 symbol) {
    boolean[] bars = symbol.bars();
    BufferedImage image = new BufferedImage(bars.length * 2 + 40, 1, BufferedImage.TYPE_BYTE_BINARY);
    for (int x = 0; x < image.getWidth(); x++) {
      int module = (x - 20) / 2;
      boolean bar = x >= 20 && module < bars.length && bars[module];
      image.setRGB(x, 0, bar ? 0x000000 : 0xFFFFFF);
    }
    return image;
  }
}
