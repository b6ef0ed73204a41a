package dev.o2o.adapters.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.o2o.adapters.printer.testkit.SampleSlips;
import dev.o2o.adapters.printer.testkit.SlipGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {

  @Test
  void givenAnyDocument_whenWrittenAndRead_thenItComesBackEqual() {
    qt().withExamples(300).forAll(SlipGenerators.documents()).check(document ->
        DocumentCodec.read(DocumentCodec.write(document)).equals(document)
            && DocumentCodec.read(DocumentCodec.write(document.asReprint())).equals(document.asReprint()));
  }

  @Test
  void givenEveryKindOfBlock_whenWrittenAndRead_thenItComesBackEqual() {
    SlipDocument document = new SlipDocument(List.of(
        new Block.Title("제목\t\\n"),
        new Block.Text("", Align.RIGHT, true),
        new Block.Field("a\nb", ""),
        new Block.Item("코트", List.of(), "1"),
        new Block.Rule(),
        new Block.Blank(),
        new Block.Barcode("{AB}\\")), true);

    assertThat(DocumentCodec.read(DocumentCodec.write(document))).isEqualTo(document);
    assertThat(DocumentCodec.read(DocumentCodec.write(SampleSlips.acceptance()))).isEqualTo(SampleSlips.acceptance());
  }

  @Test
  void givenTextThatIsNotADocument_whenRead_thenTheErrorNamesTheLine() {
    assertThatThrownBy(() -> DocumentCodec.read("hello")).hasMessageContaining("header");
    assertThatThrownBy(() -> DocumentCodec.read(DocumentCodec.HEADER + "\nREPRINT\tfalse\nTITLE\t \n"))
        .hasMessageContaining("line 3");
  }
}
