package dev.o2o.allocation.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.location.Location;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Availability} against a plain map of SKU to figures, over random positions of SKUs whose codes share their
 * hash (so its table probes past them, and grows while they are put in), then random takes and give-backs, each SKU
 * asked about through a code made afresh as well as through the one it was put in with.
 */
class AvailabilityPropertiesTest {

  private static final List<Location> SOURCES = List.of(
      new Location(LocationId.warehouse("WH-A"), "A", true, 1),
      new Location(LocationId.store("ST-B"), "B", true, 2),
      new Location(LocationId.warehouse("WH-C"), "C", true, 3));
  private static final LocationId ELSEWHERE = LocationId.warehouse("WH-OFFLINE");
  /** Codes of four "Aa"/"BB" blocks share one hashCode; the others are plain. */
  private static final List<String> CODES = codes();

  @Test
  void everyFigureIsWhatTheModelSaysAfterAnyPositionsTakesAndGiveBacks() {
    qt().withExamples(1_000)
        .forAll(lists().of(position()).ofSizeBetween(0, 60),
            lists().of(integers().between(0, 9_999)).ofSizeBetween(0, 40))
        .checkAssert((positions, steps) -> {
          Availability availability = Availability.of(SOURCES, positions);
          Model model = new Model(positions);
          for (int step : steps) {
            SkuCode sku = SkuCode.of(CODES.get(step % CODES.size()));
            int source = step / CODES.size() % SOURCES.size();
            int quantity = 1 + step % 3;
            if (step % 2 == 0) {
              if (model.sellable(sku, source) >= quantity) {
                availability.take(sku, source, quantity);
                model.move(sku, source, -quantity);
              } else {
                assertThatThrownBy(() -> availability.take(sku, source, quantity))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(sku.value());
              }
            } else if (model.taken(sku) >= quantity && model.figures.containsKey(sku)) {
              availability.giveBack(sku, source, quantity);
              model.move(sku, source, quantity);
            }
          }
          for (String code : CODES) {
            SkuCode sku = SkuCode.of(code);
            for (int source = 0; source < SOURCES.size(); source++) {
              assertThat(availability.sellable(sku, source)).as(code + " at " + source)
                  .isEqualTo(model.sellable(sku, source));
            }
            int[] figures = model.figures.getOrDefault(sku, new int[SOURCES.size() + 3]);
            assertThat(availability.availableBeforeAllocation(sku)).as(code).isEqualTo(figures[SOURCES.size()]);
            assertThat(availability.availableAtStart(sku)).as(code).isEqualTo(figures[SOURCES.size() + 1]);
            assertThat(availability.availableNow(sku)).as(code)
                .isEqualTo(figures[SOURCES.size() + 1] - figures[SOURCES.size() + 2]);
          }
        });
  }

  @Test
  void givenASkuNoSourceHolds_whenTakenOrGivenBack_thenItIsRefusedByName() {
    Availability availability = Availability.of(SOURCES, List.of());

    assertThatThrownBy(() -> availability.take(SkuCode.of("TS24-BLK-M"), 0, 1))
        .hasMessage("cannot take 1 x TS24-BLK-M at WAREHOUSE:WH-A: 0 sellable");
    assertThatThrownBy(() -> availability.take(SkuCode.of("TS24-BLK-M"), 0, 0))
        .hasMessage("cannot take 0 x TS24-BLK-M at WAREHOUSE:WH-A: 0 sellable");
    assertThatThrownBy(() -> availability.giveBack(SkuCode.of("TS24-BLK-M"), 0, 1))
        .hasMessage("nothing was taken of TS24-BLK-M");
    assertThat(availability.sellable(SkuCode.of("TS24-BLK-M"), 2)).isZero();
    assertThatThrownBy(() -> availability.sellable(SkuCode.of("TS24-BLK-M"), 3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void givenSkusAskedOneLineAtATime_whenRead_thenItHoldsTheSourcesStockOfThoseAloneAndListsEveryOneAsked() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
    Inventory inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
    StockFixtures fixtures = new StockFixtures("asked");
    SkuCode tee = StockFixtures.registerSku(catalogue, "TS24-BLK-M", "TS24").code();
    SkuCode coat = StockFixtures.registerSku(catalogue, "CT24-GRY-L", "CT24").code();
    SkuCode cap = StockFixtures.registerSku(catalogue, "CP24-RED-F", "CP24").code();
    inventory.apply(List.of(fixtures.receive(tee, SOURCES.get(0).id(), 5), fixtures.receive(tee, ELSEWHERE, 7),
        fixtures.receive(coat, SOURCES.get(2).id(), 3), fixtures.receive(cap, SOURCES.get(1).id(), 9)));

    Availability.Asked asked = Availability.asking(SOURCES);
    // The same SKU asked again, and through a code made afresh; one SKU asked that no location holds.
    for (SkuCode sku : List.of(tee, coat, SkuCode.of("TS24-BLK-M"), tee, SkuCode.of("NONE-1"))) {
      asked.ask(sku);
    }
    Availability availability = asked.read(inventory);

    assertThat(availability.skus()).extracting(SkuCode::value).containsExactly("CT24-GRY-L", "NONE-1", "TS24-BLK-M");
    assertThat(availability.sellable(tee, 0)).isEqualTo(5);
    assertThat(availability.availableAtStart(tee)).isEqualTo(5);
    assertThat(availability.sellable(coat, 2)).isEqualTo(3);
    assertThat(availability.sellable(cap, 1)).as("not asked, not read").isZero();
    assertThat(availability.availableNow(SkuCode.of("NONE-1"))).isZero();
    assertThatThrownBy(() -> availability.take(SkuCode.of("NONE-1"), 0, 1))
        .hasMessage("cannot take 1 x NONE-1 at WAREHOUSE:WH-A: 0 sellable");
    assertThatThrownBy(() -> asked.ask(cap)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> asked.read(inventory)).isInstanceOf(IllegalStateException.class);
    assertThat(Availability.of(inventory, SOURCES, List.of(cap, tee)).skus()).containsExactly(cap, tee);
  }

  /** What the availability should hold: per SKU, sellable per source, then before, at start and taken. */
  private static final class Model {
    final Map<SkuCode, int[]> figures = new HashMap<>();

    Model(List<StockPosition> positions) {
      for (StockPosition position : positions) {
        int source = SOURCES.stream().map(Location::id).toList().indexOf(position.location());
        if (source < 0) {
          continue;
        }
        int[] row = figures.computeIfAbsent(position.sku(), s -> new int[SOURCES.size() + 3]);
        row[source] = position.sellableOnline();
        row[SOURCES.size()] += position.availableBeforeAllocation();
        row[SOURCES.size() + 1] += position.available();
      }
    }

    int sellable(SkuCode sku, int source) {
      int[] row = figures.get(sku);
      return row == null ? 0 : row[source];
    }

    int taken(SkuCode sku) {
      int[] row = figures.get(sku);
      return row == null ? 0 : row[SOURCES.size() + 2];
    }

    void move(SkuCode sku, int source, int quantity) {
      int[] row = figures.get(sku);
      row[source] += quantity;
      row[SOURCES.size() + 2] -= quantity;
    }
  }

  /** A position of one of the codes, at one of the sources or at a location that is not one. */
  private static Gen<StockPosition> position() {
    return integers().between(0, CODES.size() - 1).zip(integers().between(0, SOURCES.size()),
        integers().between(0, 30), integers().between(0, 10), (code, source, onHand, allocated) -> {
          LocationId location = source == SOURCES.size() ? ELSEWHERE : SOURCES.get(source).id();
          int safety = onHand % 4;
          return new StockPosition(PositionKey.of(SkuCode.of(CODES.get(code)), location),
              new StockFigures(onHand, Math.min(allocated, onHand), 0, 0, 0), safety);
        });
  }

  private static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (int bits = 0; bits < 1 << 4; bits++) {
      StringBuilder code = new StringBuilder();
      for (int b = 0; b < 4; b++) {
        code.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      codes.add(code.toString());
    }
    for (int i = 0; i < 24; i++) {
      codes.add("SKU-" + i);
    }
    return List.copyOf(codes);
  }
}
