package dev.o2o.core.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link StockRules}, {@link StockFigures#keepsInvariants()} and the key order of {@link BatchPositions}, each against a
 * plain recomputation written apart from them: the refusals name the same movement, bucket and figures, the positions
 * come out the same, and keys sort as {@link PositionKey#compareTo} sorts them.
 */
class StockRulesPropertiesTest {

  private static final MovementKind[] KINDS = MovementKind.values();
  private static final SkuCode[] SKUS = {SkuCode.of("TS24-BLK-M"), SkuCode.of("TS24-BLK-L"), SkuCode.of("CT24")};
  private static final LocationId[] LOCATIONS = {
    StockFixtures.WAREHOUSE, StockFixtures.OTHER_WAREHOUSE, StockFixtures.STORE
  };

  @Test
  void figuresKeepTheInvariantsExactlyWhenNoBucketIsBelowZero() {
    Gen<Integer> bucket = integers().between(-3, 6).mix(integers().all(), 10);
    qt().withExamples(5000)
        .forAll(lists().of(bucket).ofSize(5))
        .checkAssert(values -> {
          StockFigures figures = new StockFigures(values.get(0), values.get(1), values.get(2), values.get(3),
              values.get(4));
          Optional<Bucket> expected = firstBelowZero(figures);
          assertThat(figures.keepsInvariants()).as("%s", figures).isEqualTo(expected.isEmpty());
          assertThat(figures.violation()).as("%s", figures).isEqualTo(expected);
        });
  }

  @Test
  void batchesMoveStockAndAreRefusedAsAPlainRecomputationSays() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, 40)).ofSize(SKUS.length * LOCATIONS.length),
            lists().of(movementSpecs()).ofSizeBetween(1, 12))
        .checkAssert((stock, specs) -> {
          Map<PositionKey, StockPosition> before = positions(stock);
          List<Movement> batch = movements(specs);
          StockRules.Result expected = recompute(before, batch);
          StockRules.Result actual = StockRules.apply(before, batch);
          assertThat(actual).as("%s on %s", batch, before).isEqualTo(expected);
        });
  }

  @Test
  void keysSortAsTheirNaturalOrderWhateverTheCharactersOfTheirCodes() {
    // NUL, spaces, small letters, characters past ASCII, one code the prefix of another: what the order by the first
    // ten characters must not misjudge, as it counts many of those as one.
    Gen<String> codes = strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(1, 12)
        .mix(strings().betweenCodePoints(0, 0x130).ofLengthBetween(1, 12), 40)
        .mix(strings().betweenCodePoints(0x1E, 0x22).ofLengthBetween(1, 12), 10)
        .mix(strings().betweenCodePoints(0x5C, 0x60).ofLengthBetween(1, 12), 10)
        // Codes alike in their first six characters, told apart after them, or not at all.
        .mix(strings().betweenCodePoints('0', '2').ofLengthBetween(0, 4).map(code -> "SKU-1" + code), 30)
        .map(code -> "X" + code.strip());
    qt().withExamples(3000)
        .forAll(lists().of(codes).ofSizeBetween(1, 30))
        .checkAssert(codeList -> {
          List<Movement> batch = new ArrayList<>();
          for (int i = 0; i < codeList.size(); i++) {
            batch.add(movement(i, MovementKind.RECEIVE, SkuCode.of(codeList.get(i)), LOCATIONS[i % LOCATIONS.length],
                1, null));
          }
          PositionKey[] expected = batch.stream().map(Movement::key).distinct().sorted().toArray(PositionKey[]::new);
          BatchPositions positions = BatchPositions.of(batch);
          assertThat(positions.keys()).containsExactly(expected);
          positions.start(Map.of());
          assertThat(positions.after()).extracting(StockPosition::key).containsExactly(expected);
          for (int i = 0; i < codeList.size(); i++) {
            for (int j = 0; j < codeList.size(); j++) {
              String a = codeList.get(i);
              String b = codeList.get(j);
              if (Long.compareUnsigned(BatchPositions.orderOf(a), BatchPositions.orderOf(b)) < 0) {
                assertThat(a.compareTo(b)).as("%s before %s", a, b).isNegative();
              }
            }
          }
        });
  }

  @Test
  void givenABatchWhoseIndexesTakeManyBitsOfTheSortedNumbers_whenBatched_thenItsPositionsStillSortInKeyOrder() {
    List<Movement> batch = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      // Numbers whose digits run the other way, so that batch order is not key order.
      String code = "SKU-" + new StringBuilder(String.format("%05d", i)).reverse();
      batch.add(movement(i, MovementKind.RECEIVE, SkuCode.of(code), LOCATIONS[i % LOCATIONS.length], 1, null));
    }
    PositionKey[] expected = batch.stream().map(Movement::key).sorted().toArray(PositionKey[]::new);

    assertThat(BatchPositions.of(batch).keys()).containsExactly(expected);
  }

  /** A movement to make: kind, SKU, location, quantity and, for a transfer, a destination. */
  record Spec(int kind, int sku, int location, int quantity, int destinationOffset) {}

  private static Gen<Spec> movementSpecs() {
    return integers().between(0, KINDS.length - 1).zip(integers().between(0, SKUS.length - 1),
            integers().between(0, LOCATIONS.length - 1), integers().between(1, 8),
            (kind, sku, location, quantity) -> new Spec(kind, sku, location, quantity, 1))
        .zip(integers().between(1, LOCATIONS.length - 1),
            (spec, offset) -> new Spec(spec.kind(), spec.sku(), spec.location(), spec.quantity(), offset));
  }

  /** Positions that keep the invariants, from one number per position (0: no position at all). */
  private static Map<PositionKey, StockPosition> positions(List<Integer> stock) {
    Map<PositionKey, StockPosition> positions = new HashMap<>();
    for (int s = 0; s < SKUS.length; s++) {
      for (int l = 0; l < LOCATIONS.length; l++) {
        int n = stock.get(s * LOCATIONS.length + l);
        if (n == 0) {
          continue;
        }
        PositionKey key = PositionKey.of(SKUS[s], LOCATIONS[l]);
        int allocated = n % 3;
        int offline = n % 2;
        int pickup = n % 5 == 0 ? 1 : 0;
        StockFigures figures = new StockFigures(allocated + offline + pickup + n / 4, allocated, offline, pickup,
            n % 7);
        positions.put(key, new StockPosition(key, figures, n % 4 == 0 ? 1 : 0));
      }
    }
    return positions;
  }

  private static List<Movement> movements(List<Spec> specs) {
    List<Movement> batch = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      MovementKind kind = KINDS[spec.kind()];
      LocationId destination = kind.hasDestination()
          ? LOCATIONS[(spec.location() + spec.destinationOffset()) % LOCATIONS.length] : null;
      batch.add(movement(i, kind, SKUS[spec.sku()], LOCATIONS[spec.location()], spec.quantity(), destination));
    }
    return batch;
  }

  private static Movement movement(int index, MovementKind kind, SkuCode sku, LocationId location, int quantity,
      LocationId destination) {
    Movement.Builder builder = Movement.builder(kind).id("m-" + index).sku(sku).location(location).quantity(quantity)
        .reference(ReferenceKind.OTHER, "property").at(StockFixtures.T0).actor(StockFixtures.CLERK);
    if (destination != null) {
      builder.destination(destination);
    }
    if (kind.needsReason()) {
      builder.reason("stock count");
    }
    return builder.build();
  }

  /** The rules as DESIGN.md states them, on a tree map, one movement after the other. */
  private static StockRules.Result recompute(Map<PositionKey, StockPosition> before, List<Movement> batch) {
    SortedMap<PositionKey, StockPosition> after = new TreeMap<>(before);
    for (Movement movement : batch) {
      PositionKey key = PositionKey.of(movement.sku(), movement.location());
      StockPosition source = after.getOrDefault(key, StockPosition.empty(key));
      StockFigures was = source.figures();
      int q = movement.quantity().value();
      int[] delta = switch (movement.kind()) {
        case RECEIVE, ADJUST_IN -> new int[] {q, 0, 0, 0, 0};
        case ADJUST_OUT, TRANSFER_DISPATCH, STORE_SALE -> new int[] {-q, 0, 0, 0, 0};
        case ALLOCATE -> new int[] {0, q, 0, 0, 0};
        case DEALLOCATE -> new int[] {0, -q, 0, 0, 0};
        case SHIP -> new int[] {-q, -q, 0, 0, 0};
        case SCHEDULE_OFFLINE -> new int[] {0, 0, q, 0, 0};
        case UNSCHEDULE_OFFLINE -> new int[] {0, 0, -q, 0, 0};
        case SHIP_OFFLINE -> new int[] {-q, 0, -q, 0, 0};
        case TRANSFER_RECEIVE -> new int[] {q, 0, 0, 0, -q};
        case PICKUP_RESERVE -> new int[] {0, 0, 0, q, 0};
        case PICKUP_RELEASE -> new int[] {0, 0, 0, -q, 0};
        case PICKUP_HANDOVER -> new int[] {-q, 0, 0, -q, 0};
      };
      StockFigures moved = new StockFigures(was.onHand() + delta[0], was.allocated() + delta[1],
          was.offlineScheduled() + delta[2], was.pickupReserved() + delta[3], was.inTransit() + delta[4]);
      Optional<Bucket> broken = firstBelowZero(moved);
      if (broken.isPresent()) {
        return new StockRules.Result.Refused(new StockRefusal(movement.id(), movement.kind(), movement.sku(),
            movement.location(), broken.get(), q, valueOf(was, broken.get())));
      }
      after.put(key, new StockPosition(key, moved, source.safetyStock()));
      if (movement.destination().isPresent()) {
        PositionKey to = PositionKey.of(movement.sku(), movement.destination().get());
        StockPosition there = after.getOrDefault(to, StockPosition.empty(to));
        StockFigures f = there.figures();
        after.put(to, new StockPosition(to, new StockFigures(f.onHand(), f.allocated(), f.offlineScheduled(),
            f.pickupReserved(), f.inTransit() + q), there.safetyStock()));
      }
    }
    return new StockRules.Result.Moved(after);
  }

  /** The first bucket, in the order {@link Bucket} lists them, below zero. */
  private static Optional<Bucket> firstBelowZero(StockFigures f) {
    int[] values = {f.onHand(), f.allocated(), f.offlineScheduled(), f.pickupReserved(), f.inTransit(),
        f.onHand() - f.offlineScheduled() - f.pickupReserved() - f.allocated()};
    Bucket[] buckets = {Bucket.ON_HAND, Bucket.ALLOCATED, Bucket.OFFLINE_SCHEDULED, Bucket.PICKUP_RESERVED,
        Bucket.IN_TRANSIT, Bucket.AVAILABLE};
    return Arrays.stream(new int[] {0, 1, 2, 3, 4, 5}).filter(i -> values[i] < 0).mapToObj(i -> buckets[i])
        .findFirst();
  }

  private static int valueOf(StockFigures f, Bucket bucket) {
    return switch (bucket) {
      case ON_HAND -> f.onHand();
      case ALLOCATED -> f.allocated();
      case OFFLINE_SCHEDULED -> f.offlineScheduled();
      case PICKUP_RESERVED -> f.pickupReserved();
      case IN_TRANSIT -> f.inTransit();
      case AVAILABLE -> f.onHand() - f.offlineScheduled() - f.pickupReserved() - f.allocated();
    };
  }
}
