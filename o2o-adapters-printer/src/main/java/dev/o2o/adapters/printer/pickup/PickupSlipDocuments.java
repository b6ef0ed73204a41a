package dev.o2o.adapters.printer.pickup;

import dev.o2o.adapters.printer.layout.Align;
import dev.o2o.adapters.printer.layout.Block;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import dev.o2o.pickup.print.MaskedCustomer;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipLine;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates o2o-pickup's slip models into slip documents, in Korean: what each slip says, line by line, with the
 * CODE128 barcode of its slip number; a reprint keeps the content and gets the reprint mark.
 */
public final class PickupSlipDocuments {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private PickupSlipDocuments() {}

  /** The document of any pickup slip. */
  public static SlipDocument of(Slip slip) {
    List<Block> blocks;
    if (slip instanceof AcceptanceSlip acceptance) {
      blocks = acceptance(acceptance);
    } else if (slip instanceof CancellationSlip cancellation) {
      blocks = cancellation(cancellation);
    } else if (slip instanceof ExpiredPickupsSlip expired) {
      blocks = expired(expired);
    } else {
      throw new IllegalArgumentException("no layout for slip " + slip);
    }
    return new SlipDocument(blocks, slip.reprint());
  }

  private static List<Block> acceptance(AcceptanceSlip slip) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Title("픽업 접수증"));
    blocks.add(new Block.Text(slip.store().name(), Align.CENTER, false));
    blocks.add(new Block.Rule());
    blocks.add(new Block.Field("주문번호", slip.mallOrderNumber()));
    customer(slip.customer(), blocks);
    blocks.add(new Block.Field("요청일시", TIME.format(slip.requestedAt())));
    slip.deadline().ifPresent(deadline -> blocks.add(new Block.Field("픽업기한", TIME.format(deadline))));
    items("상품", slip.lines(), blocks);
    blocks.add(new Block.Rule());
    blocks.add(new Block.Barcode(slip.number().value()));
    printedAt(slip.printedAt(), blocks);
    return blocks;
  }

  private static List<Block> cancellation(CancellationSlip slip) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Title("픽업 취소"));
    blocks.add(new Block.Text(slip.store().name(), Align.CENTER, false));
    blocks.add(new Block.Rule());
    blocks.add(new Block.Field("주문번호", slip.mallOrderNumber()));
    customer(slip.customer(), blocks);
    blocks.add(new Block.Field("취소일시", TIME.format(slip.cancelledAt())));
    blocks.add(new Block.Field("취소사유", slip.reason()));
    items("취소 상품", slip.cancelledItems(), blocks);
    if (slip.detail() == CancellationDetail.WHOLE_DETAIL) {
      items("이전 취소 상품", slip.earlierCancelledItems(), blocks);
      items("남은 상품", slip.remainingItems(), blocks);
    }
    blocks.add(new Block.Rule());
    if (slip.acceptanceSlipVoid()) {
      blocks.add(new Block.Text("※ 전체 취소: 접수증 폐기", Align.CENTER, true));
      blocks.add(new Block.Rule());
    }
    blocks.add(new Block.Barcode(slip.number().value()));
    printedAt(slip.printedAt(), blocks);
    return blocks;
  }

  private static List<Block> expired(ExpiredPickupsSlip slip) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Title("픽업 기한 만료"));
    blocks.add(new Block.Text(slip.store().name(), Align.CENTER, false));
    blocks.add(new Block.Text("아래 상품을 픽업 행거에서 내려 판매로 되돌립니다.", Align.LEFT, false));
    blocks.add(new Block.Field("건수", slip.pickups().size() + "건"));
    for (ExpiredPickupsSlip.ExpiredPickup pickup : slip.pickups()) {
      blocks.add(new Block.Rule());
      blocks.add(new Block.Field("주문번호", pickup.mallOrderNumber()));
      customer(pickup.customer(), blocks);
      blocks.add(new Block.Field("픽업기한", TIME.format(pickup.deadline())));
      items("상품", pickup.lines(), blocks);
      blocks.add(new Block.Barcode(pickup.number().value()));
    }
    blocks.add(new Block.Rule());
    printedAt(slip.printedAt(), blocks);
    return blocks;
  }

  private static void customer(MaskedCustomer customer, List<Block> blocks) {
    blocks.add(new Block.Field("고객", customer.name() + " " + customer.phone()));
  }

  /** A heading with the quantity column, the items (or "없음"), and the total. */
  private static void items(String heading, List<SlipLine> lines, List<Block> blocks) {
    blocks.add(new Block.Rule());
    blocks.add(new Block.Field(heading, "수량"));
    if (lines.isEmpty()) {
      blocks.add(new Block.Text("없음", Align.LEFT, false));
      return;
    }
    int total = 0;
    for (SlipLine line : lines) {
      blocks.add(new Block.Item(line.displayName(),
          List.of(line.sku().value() + " · " + line.colour() + " / " + line.size()),
          Integer.toString(line.quantity().value())));
      total += line.quantity().value();
    }
    blocks.add(new Block.Field("합계", total + "개"));
  }

  private static void printedAt(ZonedDateTime at, List<Block> blocks) {
    blocks.add(new Block.Text("출력 " + TIME.format(at), Align.LEFT, false));
  }
}
