package dev.o2o.adapters.printer.pickup;

import static dev.o2o.adapters.printer.pickup.PickupSlipFixtures.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipLayout;
import dev.o2o.adapters.printer.testkit.EscPosDecoder;
import dev.o2o.adapters.printer.testkit.SlipGenerators;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipLine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PickupSlipDocumentsTest {

  private static EscPosDecoder.Slip printed(Slip slip, PaperWidth paper) {
    return EscPosDecoder.slip(new TextModeEncoder(paper).encode(PickupSlipDocuments.of(slip)));
  }

  @Test
  void givenAnAcceptanceSlip_whenPrinted_thenItShowsOrderCustomerItemsDeadlineAndTheSlipNumberBarcode() {
    EscPosDecoder.Slip slip = printed(PickupSlipFixtures.acceptance(false), PaperWidth.MM58_32);

    assertThat(slip.texts()).containsSubsequence(
        "  픽업 접수증",
        "             강남점",
        "주문번호      MALL-20250301-0001",
        "고객         홍*동 010-****-5678",
        "요청일시        2025-03-01 10:15",
        "픽업기한        2025-03-04 21:00",
        "상품                        수량",
        "여성 울 캐시미어 블렌드 벨티드 1",
        "롱 코트",
        "  AB1234-OAT-M · 오트밀 / M",
        "베이직 반팔 티셔츠             2",
        "  TS-001-WHT-L · 화이트 / L",
        "합계                         3개",
        "출력 2025-03-01 10:20");
    assertThat(slip.barcodes()).singleElement().satisfies(barcode -> {
      assertThat(barcode.type()).isEqualTo("CODE128");
      assertThat(barcode.data()).isEqualTo("PK000000000042");
    });
    assertThat(slip.texts()).noneMatch(t -> t.contains("재출력"));
    assertThat(slip.isCut()).isTrue();
  }

  @Test
  void givenAReprintedAcceptanceSlip_whenPrinted_thenItCarriesTheReprintMarkAndTheSameContent() {
    EscPosDecoder.Slip original = printed(PickupSlipFixtures.acceptance(false), PaperWidth.MM80_48);
    EscPosDecoder.Slip reprint = printed(PickupSlipFixtures.acceptance(true), PaperWidth.MM80_48);

    assertThat(reprint.texts().get(0).strip()).isEqualTo(SlipLayout.REPRINT_MARK);
    assertThat(reprint.texts()).containsSubsequence(original.texts());
    assertThat(reprint.barcodes()).isEqualTo(original.barcodes());
  }

  @Test
  void givenACancellationOfSomeItemsOnly_whenPrinted_thenOnlyTheCancelledItemsAreListed() {
    EscPosDecoder.Slip slip = printed(PickupSlipFixtures.cancelledItemsOnly(), PaperWidth.MM58_32);

    assertThat(slip.texts()).containsSubsequence("   픽업 취소", "취소사유               고객 요청",
        "취소 상품                   수량", "베이직 반팔 티셔츠             2", "합계                         2개");
    assertThat(slip.texts()).noneMatch(t -> t.contains("코트") || t.contains("남은 상품") || t.contains("폐기"));
    assertThat(slip.barcodes()).extracting(EscPosDecoder.Barcode::data).containsExactly(NUMBER.value());
  }

  @Test
  void givenTheWholeCancellationDetail_whenPrinted_thenEarlierAndRemainingItemsAreListedToo() {
    EscPosDecoder.Slip slip = printed(PickupSlipFixtures.wholeDetail(), PaperWidth.MM80_42);

    assertThat(slip.texts()).containsSubsequence(
        "취소 상품" + " ".repeat(29) + "수량", "베이직 반팔 티셔츠" + " ".repeat(23) + "2",
        "이전 취소 상품" + " ".repeat(24) + "수량", "울 머플러" + " ".repeat(32) + "1",
        "남은 상품" + " ".repeat(29) + "수량", "여성 울 캐시미어 블렌드 벨티드 롱 코트" + " ".repeat(3) + "1");
  }

  @Test
  void givenTheLastItemsCancelled_whenPrinted_thenTheSlipSaysTheAcceptanceSlipIsVoid() {
    EscPosDecoder.Slip slip = printed(PickupSlipFixtures.lastItemsCancelled(), PaperWidth.MM58_32);

    assertThat(slip.texts()).contains("   ※ 전체 취소: 접수증 폐기", "없음");
    assertThat(slip.lines()).filteredOn(l -> l.text().contains("접수증 폐기")).allMatch(EscPosDecoder.TextLine::bold);
  }

  @Test
  void givenAnExpiredPickupsSlip_whenPrinted_thenEveryPickupIsListedWithItsBarcode() {
    EscPosDecoder.Slip slip = printed(PickupSlipFixtures.expired(), PaperWidth.MM58_32);

    assertThat(slip.texts()).containsSubsequence(" 픽업 기한 만료", "건수" + " ".repeat(25) + "2건",
        "주문번호      MALL-20250301-0001", "주문번호      MALL-20250301-0002", "고객" + " ".repeat(13) + "김* 010****5432",
        "울 머플러                      1");
    assertThat(slip.barcodes()).extracting(EscPosDecoder.Barcode::data)
        .containsExactly("PK000000000042", "PK000000000043");
  }

  @Test
  void givenAnyItemNameAndColour_whenAnAcceptanceSlipIsPrinted_thenNoLineIsWiderThanThePaper() {
    qt().withExamples(200)
        .forAll(SlipGenerators.text(), SlipGenerators.text(), arbitrary().enumValues(PaperWidth.class))
        .check((name, colour, paper) -> {
          SlipLine line = new SlipLine(SkuCode.of("SKU-1"), "상품" + name, "색" + colour, "M", Quantity.of(12));
          AcceptanceSlip slip = new AcceptanceSlip(NUMBER, PickupSlipFixtures.GANGNAM, "ORDER-" + name.length(),
              PickupSlipFixtures.CUSTOMER, List.of(line), PickupSlipFixtures.REQUESTED, Optional.empty(),
              PickupSlipFixtures.PRINTED, true);
          return printed(slip, paper).lines().stream().allMatch(l -> l.columns() <= paper.columns());
        });
  }
}
