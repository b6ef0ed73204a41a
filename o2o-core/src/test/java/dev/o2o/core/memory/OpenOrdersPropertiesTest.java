package dev.o2o.core.memory;

import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.StockFixtures.CLERK;
import static dev.o2o.core.contract.StockFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link OpenOrders} against a plain map under random changes of a few orders: saved open at tied or out-of-order
 * times, with priority or without, closed, saved again unchanged, and removed. After every change the list is the
 * map's open orders sorted (priority first, then oldest, then by id), and the listings kept stay within twice the
 * most orders open at once plus the margin; once read, only live ones are kept. A margin of 0 to 3 makes merges
 * frequent.
 */
class OpenOrdersPropertiesTest {

  private static final int ORDERS = 6;
  private static final Comparator<Order> EXPECTED_ORDER = Comparator.comparing((Order o) -> !o.priority())
      .thenComparing(Order::orderedAt).thenComparing(Order::id);

  /** What a change does to order {@code order}: saved open at {@code seconds} (priority or not), closed, kept, gone. */
  enum Action { OPEN, OPEN_WITH_PRIORITY, CLOSE, SAVE_AGAIN, REMOVE }

  record Change(int order, Action action, int seconds, boolean read) {
    @Override
    public String toString() {
      return action + " " + order + (action.name().startsWith("OPEN") ? " at +" + seconds + "s" : "")
          + (read ? ", read" : "");
    }
  }

  private static Gen<Change> changes() {
    return integers().between(0, ORDERS - 1).zip(integers().between(0, Action.values().length - 1),
        integers().between(0, 3), integers().between(0, 3),
        (order, action, seconds, read) -> new Change(order, Action.values()[action], seconds, read == 0));
  }

  @Test
  void givenAnyChanges_whenRead_thenTheOpenOrdersInAllocationOrderAndNoPileOfStaleListings() {
    qt().withExamples(2000)
        .forAll(integers().between(0, 3), lists().of(changes()).ofSizeBetween(1, 60))
        .checkAssert(this::play);
  }

  private void play(int margin, List<Change> changes) {
    OpenOrders open = new OpenOrders(margin);
    Map<Integer, OpenOrders.Slot> slots = new HashMap<>();
    int mostOpen = 0;
    for (Change change : changes) {
      OpenOrders.Slot slot = slots.computeIfAbsent(change.order(), n -> new OpenOrders.Slot(null));
      Order previous = slot.order;
      slot.order = switch (change.action()) {
        case OPEN -> taken(change.order(), change.seconds(), false);
        case OPEN_WITH_PRIORITY -> taken(change.order(), change.seconds(), true);
        case CLOSE -> previous == null || !previous.hasOpenLines() ? previous
            : previous.cancel(numbers(previous), "gone", T0, CLERK);
        case SAVE_AGAIN -> previous == null ? null : previous.withFlag(!previous.flagged(), T0, CLERK);
        case REMOVE -> null;
      };
      open.changed(slot, previous);
      List<Order> expected = slots.values().stream().map(s -> s.order)
          .filter(o -> o != null && o.hasOpenLines()).sorted(EXPECTED_ORDER).toList();
      mostOpen = Math.max(mostOpen, expected.size());
      assertThat(open.listings()).as("listings kept after " + change)
          .isLessThanOrEqualTo(2 * mostOpen + margin + 1);
      if (change.read()) {
        assertThat(open.orders()).as("open orders after " + change).isEqualTo(expected);
        assertThat(open.listings()).as("listings kept once read").isEqualTo(expected.size());
      }
    }
    List<Order> expected = slots.values().stream().map(s -> s.order)
        .filter(o -> o != null && o.hasOpenLines()).sorted(EXPECTED_ORDER).toList();
    assertThat(open.orders()).as("open orders at the end").isEqualTo(expected);
  }

  private static Order taken(int order, int seconds, boolean priority) {
    List<OrderLine> lines = List.of(OrderLine.open(1, SkuCode.of("TS24-BLK-M"), StyleCode.of("TS24"), Quantity.of(1)));
    Order taken = Order.taken(OrderId.of("PROP", "O-" + order), T0.plusSeconds(seconds), KIM, KIM_HOME, lines,
        Optional.empty(), T0, CLERK);
    return priority ? taken.withPriority(true, T0, CLERK) : taken;
  }

  private static List<Integer> numbers(Order order) {
    return order.openLines().stream().map(OrderLine::number).toList();
  }
}
