package dev.o2o.pickup.contract;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.Customer;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRequest;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pickups in every state, with whole-second times (every database keeps them exactly), for the contract tests. */
public final class PickupFixtures {

  public static final LocationId GANGNAM = LocationId.store("ST-GANGNAM");
  public static final LocationId HONGDAE = LocationId.store("ST-HONGDAE");
  public static final SkuCode TEE = SkuCode.of("TS24-BLK-M");
  public static final SkuCode JEANS = SkuCode.of("DN24-IND-30");
  public static final Actor KIM = Actor.staff("kim", GANGNAM);
  public static final Actor MALL = Actor.system("mall");
  public static final Instant T0 = Instant.parse("2024-03-04T01:00:00Z");

  private PickupFixtures() {}

  /** A fresh request of one tee and two jeans, requested {@code minutesAfterT0} after T0. */
  public static Pickup requested(SlipNumber number, String order, LocationId store, Customer customer,
      long minutesAfterT0) {
    return Pickup.requested(number, order, store, customer,
        List.of(PickupRequest.Line.of(TEE, 1), PickupRequest.Line.of(JEANS, 2)),
        T0.plusSeconds(60 * minutesAfterT0), Optional.empty());
  }

  public static Pickup requested(SlipNumber number, String order) {
    return requested(number, order, GANGNAM, new Customer("홍길동", "010-1234-5678"), 0);
  }

  /**
   * A pickup with every optional part filled: accepted with a deadline, one jeans cancelled with a coded reason (slip
   * printed), the acceptance slip printed.
   */
  public static Pickup everythingSet(SlipNumber number, String order) {
    Pickup p = requested(number, order)
        .withAcceptanceSlipPrinted(T0.plusSeconds(300))
        .accept(T0.plusSeconds(600), T0.plusSeconds(86_400 * 7));
    p = p.cancelUnits(Map.of(2, Quantity.of(1)), Reason.coded("CUSTOMER", "고객 요청"), T0.plusSeconds(900), KIM);
    return p.withCancellationSlipPrinted(1, T0.plusSeconds(960));
  }
}
