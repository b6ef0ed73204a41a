package dev.o2o.adapters.jdbc;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.ReferenceKind;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Test data of the JDBC adapter's own tests. */
final class Fixtures {

  static final LocationId WAREHOUSE = LocationId.warehouse("WH-ICHEON");
  static final LocationId OTHER_WAREHOUSE = LocationId.warehouse("WH-BUSAN");
  static final LocationId STORE = LocationId.store("ST-GANGNAM");
  static final Actor CLERK = Actor.staff("kim.minji", WAREHOUSE);
  static final Instant T0 = Instant.parse("2026-11-02T00:00:00.123456789Z");

  private final AtomicLong ids = new AtomicLong();

  /** A SKU whose barcode is made from {@code serial}. */
  static Sku sku(String code, int serial) {
    return new Sku(SkuCode.of(code), StyleCode.of("TS24"), "검정", "M", "기본 티셔츠 " + code,
        List.of(Ean13.withCheckDigit("880" + String.format("%09d", serial))));
  }

  Movement move(MovementKind kind, SkuCode sku, LocationId location, int quantity) {
    return builder(kind, sku, location, quantity).build();
  }

  Movement.Builder builder(MovementKind kind, SkuCode sku, LocationId location, int quantity) {
    Movement.Builder builder = Movement.builder(kind)
        .id("m-" + ids.incrementAndGet())
        .sku(sku)
        .location(location)
        .quantity(quantity)
        .reference(ReferenceKind.OTHER, "test")
        .at(T0)
        .actor(CLERK);
    if (kind.needsReason()) {
      builder.reason("stock count");
    }
    return builder;
  }
}
