package dev.o2o.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PositionTable} against a hash map over random additions, writes, look-ups and removals, with keys whose hashes
 * collide (SKU codes of "Aa" and "BB" blocks share one hash) and tables small enough to grow and wrap around often.
 */
class PositionTablePropertiesTest {

  private static final List<PositionKey> POOL = pool();

  @Test
  void givenRandomAdditionsWritesLookUpsAndRemovals_thenTheTableAnswersAsAMapWould() {
    qt().withExamples(3000)
        .withShrinkCycles(200)
        .forAll(integers().between(1, 4), lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 400))
        .checkAssert((slotsLog2, ops) -> runHistory(1 << slotsLog2, ops));
  }

  @Test
  void givenAnEqualKeyMadeAfresh_thenItFindsTheSameSlot() {
    PositionTable table = new PositionTable(2);
    PositionKey key = PositionKey.of(SkuCode.of("TS-01"), LocationId.warehouse("WH-1"));
    PositionTable.Slot slot = table.add(key);
    slot.write(position(key, 7));

    PositionKey again = PositionKey.of(new SkuCode(new String("TS-01")), LocationId.warehouse(new String("WH-1")));

    assertThat(table.find(again)).isSameAs(slot);
    assertThat(table.find(again).position(again)).isEqualTo(position(key, 7));
    assertThat(table.find(PositionKey.of(SkuCode.of("TS-01"), LocationId.store("WH-1")))).isNull();
  }

  @Test
  void givenATableSizeThatIsNotAPowerOfTwo_thenRefused() {
    assertThatThrownBy(() -> new PositionTable(12)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PositionTable(1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void runHistory(int slots, List<Integer> ops) {
    PositionTable table = new PositionTable(slots);
    Map<PositionKey, StockPosition> map = new HashMap<>();
    for (int op : ops) {
      int kind = op % 10;
      int argument = op / 10;
      PositionKey key = POOL.get(argument % POOL.size());
      if (kind < 5) {
        // A write: a new slot where there is none.
        PositionTable.Slot slot = table.find(key);
        if (slot == null) {
          slot = table.add(key);
        }
        StockPosition written = position(key, argument % 1000);
        slot.write(written);
        map.put(key, written);
      } else if (kind < 8) {
        PositionTable.Slot slot = table.find(key);
        assertThat(slot == null ? null : slot.position()).as("look-up of %s", key).isEqualTo(map.get(key));
      } else if (map.containsKey(key)) {
        table.remove(key);
        map.remove(key);
        assertEveryKeyAnswers(table, map);
      }
      assertThat(table.size()).isEqualTo(map.size());
    }
    assertEveryKeyAnswers(table, map);
    Set<StockPosition> listed = new HashSet<>();
    table.forEach(slot -> listed.add(slot.position()));
    assertThat(listed).isEqualTo(new HashSet<>(map.values()));
  }

  private static void assertEveryKeyAnswers(PositionTable table, Map<PositionKey, StockPosition> map) {
    PositionTable.Slot[] all = table.findAll(POOL.toArray(PositionKey[]::new));
    for (int i = 0; i < POOL.size(); i++) {
      PositionKey key = POOL.get(i);
      PositionTable.Slot slot = table.find(key);
      assertThat(slot == null ? null : slot.position()).as("look-up of %s", key).isEqualTo(map.get(key));
      assertThat(all[i]).as("look-up of %s among all", key).isSameAs(slot);
    }
  }

  private static StockPosition position(PositionKey key, int onHand) {
    return new StockPosition(key, new StockFigures(onHand, onHand / 2, 0, 0, onHand % 3), onHand % 2);
  }

  private static List<PositionKey> pool() {
    List<PositionKey> pool = new ArrayList<>();
    List<LocationId> locations = List.of(LocationId.warehouse("WH-1"), LocationId.store("ST-1"),
        LocationId.warehouse("Aa"), LocationId.warehouse("BB"));
    // "Aa" and "BB" have the same hashCode, so every string of n such blocks has the same one.
    for (String block : MovementLogPropertiesTest.blocks(4)) {
      for (LocationId location : locations) {
        pool.add(PositionKey.of(SkuCode.of(block), location));
      }
    }
    for (int i = 0; i < 40; i++) {
      pool.add(PositionKey.of(SkuCode.of("SKU-" + i), locations.get(i % locations.size())));
    }
    return List.copyOf(pool);
  }
}
