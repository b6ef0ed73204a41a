package dev.o2o.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementId;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.ReferenceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link MovementLog} against a hash map and a list over random appends, look-ups and rollbacks of the last
 * movements, with ids whose hashes collide (whole families share one {@code hashCode}) and tables small enough to grow
 * and wrap around often.
 */
class MovementLogPropertiesTest {

  /** The ids a history draws from, with repeats: colliding families first, then ids of their own hash. */
  private static final List<Movement> POOL = pool();

  @Test
  void givenRandomAppendsLookUpsAndRollbacks_thenTheLogAnswersAsAMapAndAListWould() {
    qt().withExamples(3000)
        .withShrinkCycles(200)
        .forAll(integers().between(1, 4), lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 400))
        .checkAssert((slotsLog2, ops) -> runHistory(1 << slotsLog2, ops));
  }

  @Test
  void givenCollidingIds_whenTheLogIsCutBackToEachLength_thenExactlyTheEarlierOnesAreFound() {
    // Every movement of the pool, then the log cut back to each length in turn: the removals shift entries back
    // across the whole cluster of one hash.
    for (int cut = 0; cut <= POOL.size(); cut++) {
      MovementLog log = new MovementLog(2);
      POOL.forEach(m -> assertThat(log.append(m)).isTrue());
      log.truncate(cut);
      for (int i = 0; i < POOL.size(); i++) {
        Movement movement = POOL.get(i);
        assertThat(log.find(movement.id())).as("%s after a cut to %s", movement.id(), cut)
            .isEqualTo(i < cut ? movement : null);
      }
      POOL.subList(cut, POOL.size()).forEach(m -> assertThat(log.append(m)).isTrue());
      assertThat(log.toList()).isEqualTo(POOL);
    }
  }

  @Test
  void givenATableSizeThatIsNotAPowerOfTwo_thenRefused() {
    assertThatThrownBy(() -> new MovementLog(12)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MovementLog(1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void runHistory(int slots, List<Integer> ops) {
    MovementLog log = new MovementLog(slots);
    List<Movement> list = new ArrayList<>();
    Map<MovementId, Movement> map = new HashMap<>();
    for (int op : ops) {
      int kind = op % 10;
      int argument = op / 10;
      if (kind < 6) {
        Movement movement = POOL.get(argument % POOL.size());
        boolean fresh = !map.containsKey(movement.id());
        assertThat(log.append(movement)).as("append of %s", movement.id()).isEqualTo(fresh);
        if (fresh) {
          list.add(movement);
          map.put(movement.id(), movement);
        }
      } else if (kind < 9) {
        MovementId id = POOL.get(argument % POOL.size()).id();
        assertThat(log.find(id)).as("look-up of %s", id).isEqualTo(map.get(id));
      } else {
        // A rollback: mostly a few movements, sometimes all of them.
        int removed = Math.min(list.size(), argument % 7 == 0 ? list.size() : argument % 5);
        int newSize = list.size() - removed;
        log.truncate(newSize);
        for (Movement gone : list.subList(newSize, list.size())) {
          map.remove(gone.id());
        }
        list.subList(newSize, list.size()).clear();
        assertEveryIdAnswers(log, map);
      }
      assertThat(log.size()).isEqualTo(list.size());
    }
    assertEveryIdAnswers(log, map);
    assertThat(log.toList()).isEqualTo(list);
    for (int i = 0; i < list.size(); i++) {
      assertThat(log.get(i)).isSameAs(list.get(i));
    }
  }

  private static void assertEveryIdAnswers(MovementLog log, Map<MovementId, Movement> map) {
    Movement[] all = log.findAll(POOL.stream().map(Movement::id).toArray(MovementId[]::new));
    for (int i = 0; i < POOL.size(); i++) {
      MovementId id = POOL.get(i).id();
      assertThat(log.find(id)).as("look-up of %s", id).isEqualTo(map.get(id));
      assertThat(all[i]).as("look-up of %s among all", id).isEqualTo(map.get(id));
    }
  }

  private static List<Movement> pool() {
    List<Movement> pool = new ArrayList<>();
    // "Aa" and "BB" have the same hashCode, so every string of n such blocks has the same one.
    for (String id : blocks(6)) {
      pool.add(movement(id));
    }
    for (String id : blocks(3)) {
      pool.add(movement("x-" + id));
    }
    for (int i = 0; i < 60; i++) {
      pool.add(movement("m-" + i));
    }
    return List.copyOf(pool);
  }

  /** The 2^count strings of {@code count} "Aa" and "BB" blocks: all of one hashCode. */
  static List<String> blocks(int count) {
    List<String> ids = new ArrayList<>();
    for (int bits = 0; bits < 1 << count; bits++) {
      StringBuilder id = new StringBuilder();
      for (int b = 0; b < count; b++) {
        id.append((bits >> b & 1) == 0 ? "Aa" : "BB");
      }
      ids.add(id.toString());
    }
    assertThat(ids.stream().map(String::hashCode).distinct()).hasSize(1);
    return ids;
  }

  private static Movement movement(String id) {
    return Movement.builder(MovementKind.RECEIVE).id(id).sku(SkuCode.of("TS24-BLK-M"))
        .location(StockFixtures.WAREHOUSE).quantity(1).reference(ReferenceKind.OTHER, "property")
        .at(StockFixtures.T0).actor(StockFixtures.CLERK).build();
  }
}
