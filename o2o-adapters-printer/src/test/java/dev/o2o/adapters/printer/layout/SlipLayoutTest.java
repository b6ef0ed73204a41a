package dev.o2o.adapters.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import dev.o2o.adapters.printer.testkit.SampleSlips;
import dev.o2o.adapters.printer.testkit.SlipGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipLayoutTest {

  @Test
  void givenTheAcceptanceSlipOn58mm_whenLaidOut_thenRowsAlignInColumnsCountingHangulAsTwo() {
    LaidOutSlip slip = new SlipLayout(PaperWidth.MM58_32).layOut(SampleSlips.acceptance());

    assertThat(slip.textLines()).containsSubsequence(
        "  픽업 접수증", // double size: 6 + 2 centred in 16 columns
        "      강남점 (ST-GANGNAM)",
        "-".repeat(32),
        "주문번호      MALL-20250301-0001",
        "고객         홍*동 010-****-5678",
        "여성 울 캐시미어 블렌드 롱     1",
        "코트 (벨티드) 오트밀",
        "  AB1234-OAT-M · 오트밀 / M",
        "Basic T-shirt                  2");
    assertThat(slip.rows()).contains(new Row.BarcodeRow(SampleSlips.SLIP_NUMBER));
    assertThat(slip.rows().get(0)).isEqualTo(new Row.TextRow("  픽업 접수증", true, true));
  }

  @Test
  void givenAReprint_whenLaidOut_thenItStartsWithTheReprintMark() {
    LaidOutSlip slip = new SlipLayout(PaperWidth.MM80_48).layOut(SampleSlips.acceptance().asReprint());

    assertThat(slip.rows().get(0)).isEqualTo(new Row.TextRow("      ** 재출력 **", true, true));
    assertThat(slip.textLines().get(1).strip()).isEqualTo("REPRINT");
    assertThat(new SlipLayout(PaperWidth.MM80_48).layOut(SampleSlips.acceptance()).textLines())
        .noneMatch(line -> line.contains("재출력"));
  }

  @Test
  void givenAWordLongerThanALine_whenWrapped_thenItBreaksBetweenCharactersNeverInsideAHangulOne() {
    assertThat(SlipLayout.wrap("가나다라마바사", 5)).containsExactly("가나", "다라", "마바", "사");
    assertThat(SlipLayout.wrap("abcdefgh", 3)).containsExactly("abc", "def", "gh");
    assertThat(SlipLayout.wrap("a가", 2)).containsExactly("a", "가");
  }

  @Test
  void givenWords_whenWrapped_thenLinesBreakAtSpacesAndRunsOfSpacesCollapse() {
    assertThat(SlipLayout.wrap("울  캐시미어 코트", 10)).containsExactly("울", "캐시미어", "코트");
    assertThat(SlipLayout.wrap("   ", 10)).containsExactly("");
    assertThat(SlipLayout.wrap("one two three", 7)).containsExactly("one two", "three");
  }

  @Test
  void givenAFieldTooLongForOneLine_whenLaidOut_thenTheValueWrapsRightAligned() {
    LaidOutSlip slip = new SlipLayout(PaperWidth.MM58_32).layOut(SlipDocument.of(List.of(
        new Block.Field("취소 사유", "고객 요청으로 주문 전체 취소 (색상 변경 후 재주문 예정)"))));

    assertThat(slip.textLines()).allSatisfy(line -> assertThat(SlipText.columns(line)).isLessThanOrEqualTo(32));
    assertThat(slip.textLines().get(0)).isEqualTo("취소 사유");
    assertThat(slip.textLines().subList(1, slip.textLines().size()))
        .allSatisfy(line -> assertThat(SlipText.columns(line)).isEqualTo(32));
  }

  @Test
  void givenAnyTextOnAnyPaper_whenLaidOut_thenNoRowIsWiderThanThePaper() {
    qt().withExamples(500).forAll(SlipGenerators.documents(), arbitrary().enumValues(PaperWidth.class)).check((document, paper) -> {
      LaidOutSlip slip = new SlipLayout(paper).layOut(document);
      return slip.rows().stream()
          .filter(Row.TextRow.class::isInstance)
          .map(Row.TextRow.class::cast)
          .allMatch(row -> row.columns() <= paper.columns());
    });
  }

  @Test
  void givenAnyItemName_whenLaidOut_thenEveryCharacterOfItIsPrintedInOrder() {
    qt().withExamples(500).forAll(SlipGenerators.text(), arbitrary().enumValues(PaperWidth.class)).check((name, paper) -> {
      Block.Item item = new Block.Item("x" + name, List.of(), "7");
      List<String> lines = new SlipLayout(paper).layOut(SlipDocument.of(List.of(item))).textLines();
      String first = lines.get(0);
      boolean quantityOnTheRight = first.endsWith("7") && SlipText.columns(first) == paper.columns();
      String nameAsPrinted = first.substring(0, first.length() - 1) + String.join("", lines.subList(1, lines.size()));
      return quantityOnTheRight
          && nameAsPrinted.replace(" ", "").equals(SlipText.printable("x" + name).replace(" ", ""));
    });
  }
}
