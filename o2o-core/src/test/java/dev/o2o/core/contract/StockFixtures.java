package dev.o2o.core.contract;

import dev.o2o.core.catalog.Catalogue;
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

/** Test data for stock: SKUs, locations and movements with names that read as sentences. */
public final class StockFixtures {

  public static final LocationId WAREHOUSE = LocationId.warehouse("WH-ICHEON");
  public static final LocationId OTHER_WAREHOUSE = LocationId.warehouse("WH-BUSAN");
  public static final LocationId STORE = LocationId.store("ST-GANGNAM");
  public static final Actor CLERK = Actor.staff("kim.minji", WAREHOUSE);
  public static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

  /** Barcodes are handed out in sequence from a random start, so that no two SKUs of a run share one. */
  private static final AtomicLong BARCODES =
      new AtomicLong(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L));

  private final AtomicLong movementIds = new AtomicLong();
  private final String prefix;

  /** Fixtures whose movement ids start with {@code prefix}, so several runs can share one ledger. */
  public StockFixtures(String prefix) {
    this.prefix = prefix;
  }

  /** A SKU of style {@code style}, with a fresh valid Korean EAN-13, saved in the catalogue. */
  public static Sku registerSku(Catalogue catalogue, String code, String style) {
    Sku sku = sku(code, style);
    catalogue.save(sku);
    return sku;
  }

  /** A SKU with a fresh valid Korean EAN-13, not saved. */
  public static Sku sku(String code, String style) {
    String twelve = "880" + String.format("%09d", BARCODES.incrementAndGet() % 1_000_000_000L);
    return new Sku(SkuCode.of(code), StyleCode.of(style), "검정", "M", "기본 티셔츠 " + code,
        List.of(Ean13.withCheckDigit(twelve)));
  }

  /** A movement with a fresh id. */
  public Movement.Builder movement(MovementKind kind, SkuCode sku, LocationId location, int quantity) {
    Movement.Builder builder = Movement.builder(kind)
        .id(prefix + "-" + movementIds.incrementAndGet())
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

  public Movement receive(SkuCode sku, LocationId location, int quantity) {
    return movement(MovementKind.RECEIVE, sku, location, quantity).build();
  }

  public Movement move(MovementKind kind, SkuCode sku, LocationId location, int quantity) {
    return movement(kind, sku, location, quantity).build();
  }

  public Movement dispatch(SkuCode sku, LocationId from, LocationId to, int quantity) {
    return movement(MovementKind.TRANSFER_DISPATCH, sku, from, quantity).destination(to).build();
  }
}
