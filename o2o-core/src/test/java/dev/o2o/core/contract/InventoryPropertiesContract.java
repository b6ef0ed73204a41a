package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Stock invariants under random sequences of movements, checked against a model written apart from
 * {@link dev.o2o.core.stock.StockRules}: no bucket negative, nothing promised beyond what is on hand, positions equal
 * the fold of the ledger, a refused movement or batch changes nothing, and a replayed movement equals one applied once.
 * Each example works on SKUs of its own, so one backend serves every example.
 */
public abstract class InventoryPropertiesContract {

  private static final MovementKind[] KINDS = MovementKind.values();
  private static final LocationId[] LOCATIONS = {
    StockFixtures.WAREHOUSE, StockFixtures.OTHER_WAREHOUSE, StockFixtures.STORE
  };

  private CoreBackend backend;
  private Inventory inventory;
  private final AtomicInteger examples = new AtomicInteger();

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  /** Examples per property: at least 1,000 for the in-memory ports; a slower backend may run fewer. */
  protected int examples() {
    return 1000;
  }

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    inventory = backend.inventory();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  /** One step of a random history: a single movement, a batch of movements, or a replay of an earlier movement. */
  record Step(int shape, List<Spec> specs, int replayIndex) {
    @Override
    public String toString() {
      return shape == 0 ? "replay #" + replayIndex : (shape == 1 ? "batch " : "") + specs;
    }
  }

  /** A movement to make: kind, which of two SKUs, which location, quantity, and a destination for transfers. */
  record Spec(MovementKind kind, int sku, int location, int quantity, int destinationOffset) {
    @Override
    public String toString() {
      return kind + " " + quantity + " of sku" + sku + "@" + LOCATIONS[location].code();
    }
  }

  private static Gen<Spec> specs() {
    Gen<MovementKind> kinds = integers().between(0, KINDS.length + 3)
        // RECEIVE is drawn more often than the rest, so that histories have stock to work with.
        .map(i -> i >= KINDS.length ? MovementKind.RECEIVE : KINDS[i]);
    return kinds.zip(integers().between(0, 1), integers().between(0, LOCATIONS.length - 1),
        integers().between(1, 6), (kind, sku, location, quantity) -> new Spec(kind, sku, location, quantity, 0))
        .zip(integers().between(1, LOCATIONS.length - 1),
            (spec, offset) -> new Spec(spec.kind(), spec.sku(), spec.location(), spec.quantity(), offset));
  }

  private static Gen<Step> steps() {
    return integers().between(0, 5).zip(lists().of(specs()).ofSizeBetween(1, 3), integers().between(0, 1000),
        (shape, specs, replay) -> new Step(Math.min(shape, 2), shape >= 2 ? specs.subList(0, 1) : specs, replay));
  }

  @Test
  void randomHistoriesKeepEveryInvariant() {
    qt().withExamples(examples())
        .withShrinkCycles(200)
        .forAll(lists().of(steps()).ofSizeBetween(1, 25))
        .checkAssert(this::runHistory);
  }

  private void runHistory(List<Step> history) {
    String run = "p" + examples.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    SkuCode[] skus = {SkuCode.of(run + "-A"), SkuCode.of(run + "-B")};
    for (SkuCode sku : skus) {
      StockFixtures.registerSku(backend.catalogue(), sku.value(), run);
    }
    StockFixtures fixtures = new StockFixtures(run);
    Map<PositionKey, StockFigures> model = new HashMap<>();
    List<Movement> applied = new ArrayList<>();

    for (Step step : history) {
      Map<PositionKey, StockFigures> before = Map.copyOf(model);
      List<StockPosition> storedBefore = positions(skus);
      if (step.shape() == 0) {
        if (applied.isEmpty()) {
          continue;
        }
        Movement again = applied.get(step.replayIndex() % applied.size());
        LedgerOutcome outcome = inventory.apply(again);
        assertThat(outcome).isInstanceOf(LedgerOutcome.Applied.class);
        assertThat(((LedgerOutcome.Applied) outcome).wasReplay()).as("a replay is recognised").isTrue();
        assertThat(positions(skus)).as("a replay changes nothing").isEqualTo(storedBefore);
        continue;
      }
      List<Movement> batch = step.specs().stream().map(spec -> toMovement(fixtures, skus, spec)).toList();
      boolean modelAccepts = applyToModel(model, batch);
      LedgerOutcome outcome = inventory.apply(batch);
      assertThat(outcome.isApplied()).as("the ledger agrees with the model on %s", batch).isEqualTo(modelAccepts);
      if (modelAccepts) {
        applied.addAll(batch);
      } else {
        model.clear();
        model.putAll(before);
        assertThat(positions(skus)).as("a refused batch changes nothing").isEqualTo(storedBefore);
      }
      Map<PositionKey, StockFigures> stored = new HashMap<>();
      for (StockPosition position : positions(skus)) {
        StockFigures f = position.figures();
        assertThat(List.of(f.onHand(), f.allocated(), f.offlineScheduled(), f.pickupReserved(), f.inTransit()))
            .as("no bucket negative").allMatch(v -> v >= 0);
        assertThat(f.allocated() + f.offlineScheduled() + f.pickupReserved())
            .as("nothing promised beyond on hand").isLessThanOrEqualTo(f.onHand());
        stored.put(position.key(), f);
      }
      Map<PositionKey, StockFigures> expected = new HashMap<>(model);
      expected.values().removeIf(StockFigures.ZERO::equals);
      assertThat(stored).as("positions equal the model after %s", step).isEqualTo(expected);
    }
    Map<PositionKey, StockFigures> folded = new HashMap<>();
    for (SkuCode sku : skus) {
      inventory.movementsOf(sku).forEach(m -> dev.o2o.core.stock.StockRules.fold(folded, m));
    }
    for (StockPosition position : positions(skus)) {
      assertThat(position.figures()).as("position equals the fold of the ledger")
          .isEqualTo(folded.getOrDefault(position.key(), StockFigures.ZERO));
    }
  }

  /** The positions of the example's SKUs that hold anything, sorted by key. */
  private List<StockPosition> positions(SkuCode[] skus) {
    return java.util.stream.Stream.of(skus)
        .flatMap(sku -> inventory.stockOf(sku).positions().stream())
        .filter(p -> !p.isEmpty())
        .sorted(java.util.Comparator.comparing(StockPosition::key))
        .toList();
  }

  private static Movement toMovement(StockFixtures fixtures, SkuCode[] skus, Spec spec) {
    LocationId location = LOCATIONS[spec.location()];
    Movement.Builder builder = fixtures.movement(spec.kind(), skus[spec.sku()], location, spec.quantity());
    if (spec.kind().hasDestination()) {
      builder.destination(LOCATIONS[(spec.location() + spec.destinationOffset()) % LOCATIONS.length]);
    }
    return builder.build();
  }

  /** The model: DESIGN.md's table of effects and refusals, written out kind by kind. */
  private static boolean applyToModel(Map<PositionKey, StockFigures> model, List<Movement> batch) {
    for (Movement m : batch) {
      int q = m.quantity().value();
      StockFigures p = model.getOrDefault(m.key(), StockFigures.ZERO);
      int onHand = p.onHand();
      int allocated = p.allocated();
      int offline = p.offlineScheduled();
      int pickup = p.pickupReserved();
      int transit = p.inTransit();
      int available = onHand - offline - pickup - allocated;
      boolean ok;
      switch (m.kind()) {
        case RECEIVE, ADJUST_IN -> { onHand += q; ok = true; }
        case ADJUST_OUT, STORE_SALE, TRANSFER_DISPATCH -> { onHand -= q; ok = available >= q; }
        case ALLOCATE -> { allocated += q; ok = available >= q; }
        case DEALLOCATE -> { allocated -= q; ok = allocated >= 0; }
        case SHIP -> { onHand -= q; allocated -= q; ok = allocated >= 0; }
        case SCHEDULE_OFFLINE -> { offline += q; ok = available >= q; }
        case UNSCHEDULE_OFFLINE -> { offline -= q; ok = offline >= 0; }
        case SHIP_OFFLINE -> { onHand -= q; offline -= q; ok = offline >= 0; }
        case TRANSFER_RECEIVE -> { transit -= q; onHand += q; ok = transit >= 0; }
        case PICKUP_RESERVE -> { pickup += q; ok = available >= q; }
        case PICKUP_RELEASE -> { pickup -= q; ok = pickup >= 0; }
        case PICKUP_HANDOVER -> { onHand -= q; pickup -= q; ok = pickup >= 0; }
        default -> throw new AssertionError(m.kind());
      }
      if (!ok) {
        return false;
      }
      model.put(m.key(), new StockFigures(onHand, allocated, offline, pickup, transit));
      m.destinationKey().ifPresent(key -> {
        StockFigures d = model.getOrDefault(key, StockFigures.ZERO);
        model.put(key, new StockFigures(d.onHand(), d.allocated(), d.offlineScheduled(), d.pickupReserved(),
            d.inTransit() + q));
      });
    }
    return true;
  }
}
