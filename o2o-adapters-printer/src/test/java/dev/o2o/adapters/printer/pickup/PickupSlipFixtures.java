package dev.o2o.adapters.printer.pickup;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import dev.o2o.pickup.print.MaskedCustomer;
import dev.o2o.pickup.print.SlipLine;
import dev.o2o.pickup.print.SlipNumber;
import dev.o2o.pickup.print.SlipStore;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** Pickup slips of the Gangnam store, as o2o-pickup makes them. */
final class PickupSlipFixtures {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final SlipStore GANGNAM = new SlipStore(LocationId.store("ST-GANGNAM"), "강남점");
  static final SlipNumber NUMBER = SlipNumber.ofSequence(42);
  static final MaskedCustomer CUSTOMER = MaskedCustomer.mask("홍길동", "010-1234-5678");
  static final ZonedDateTime REQUESTED = ZonedDateTime.of(2025, 3, 1, 10, 15, 0, 0, SEOUL);
  static final ZonedDateTime PRINTED = ZonedDateTime.of(2025, 3, 1, 10, 20, 0, 0, SEOUL);

  static final SlipLine COAT = line("AB1234-OAT-M", "여성 울 캐시미어 블렌드 벨티드 롱 코트", "오트밀", "M", 1);
  static final SlipLine TEE = line("TS-001-WHT-L", "베이직 반팔 티셔츠", "화이트", "L", 2);
  static final SlipLine SCARF = line("SC-777-RED-F", "울 머플러", "레드", "FREE", 1);

  private PickupSlipFixtures() {}

  static SlipLine line(String sku, String name, String colour, String size, int units) {
    return new SlipLine(SkuCode.of(sku), name, colour, size, Quantity.of(units));
  }

  static AcceptanceSlip acceptance(boolean reprint) {
    return new AcceptanceSlip(NUMBER, GANGNAM, "MALL-20250301-0001", CUSTOMER, List.of(COAT, TEE), REQUESTED,
        Optional.of(REQUESTED.plusDays(3).withHour(21).withMinute(0)), PRINTED, reprint);
  }

  static CancellationSlip cancelledItemsOnly() {
    return new CancellationSlip(NUMBER, GANGNAM, "MALL-20250301-0001", CUSTOMER,
        CancellationDetail.CANCELLED_ITEMS_ONLY, List.of(TEE), List.of(), List.of(), "고객 요청",
        REQUESTED.plusHours(2), false, PRINTED.plusHours(2), false);
  }

  static CancellationSlip wholeDetail() {
    return new CancellationSlip(NUMBER, GANGNAM, "MALL-20250301-0001", CUSTOMER, CancellationDetail.WHOLE_DETAIL,
        List.of(TEE), List.of(SCARF), List.of(COAT), "고객 요청", REQUESTED.plusHours(2), false,
        PRINTED.plusHours(2), false);
  }

  static CancellationSlip lastItemsCancelled() {
    return new CancellationSlip(NUMBER, GANGNAM, "MALL-20250301-0001", CUSTOMER, CancellationDetail.WHOLE_DETAIL,
        List.of(COAT), List.of(TEE), List.of(), "재고 부족", REQUESTED.plusHours(3), true, PRINTED.plusHours(3),
        false);
  }

  static ExpiredPickupsSlip expired() {
    return new ExpiredPickupsSlip(GANGNAM, List.of(
        new ExpiredPickupsSlip.ExpiredPickup(NUMBER, "MALL-20250301-0001", CUSTOMER,
            REQUESTED.plusDays(3), List.of(COAT)),
        new ExpiredPickupsSlip.ExpiredPickup(SlipNumber.ofSequence(43), "MALL-20250301-0002",
            MaskedCustomer.mask("김수", "01098765432"), REQUESTED.plusDays(3), List.of(TEE, SCARF))),
        PRINTED.plusDays(5), false);
  }
}
