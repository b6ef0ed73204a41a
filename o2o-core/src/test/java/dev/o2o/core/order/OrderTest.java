package dev.o2o.core.order;

import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.StockFixtures.CLERK;
import static dev.o2o.core.contract.StockFixtures.STORE;
import static dev.o2o.core.contract.StockFixtures.T0;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The order's own rules: line moves checked against the table, and a history that reads as words. */
class OrderTest {

  private static final OrderId ID = OrderId.of("MUSINSA", "2026-0001");

  private static Order taken(int lines) {
    List<OrderLine> open = IntStream.rangeClosed(1, lines)
        .mapToObj(n -> OrderLine.open(n, SkuCode.of("TS24-BLK-M"), StyleCode.of("TS24"), Quantity.of(1)))
        .toList();
    return Order.taken(ID, T0, KIM, KIM_HOME, open, Optional.empty(), T0, CLERK);
  }

  private static Map<Integer, LineAllocation> toShipment(String shipment, int... lines) {
    Map<Integer, LineAllocation> allocations = new TreeMap<>();
    for (int i = 0; i < lines.length; i++) {
      allocations.put(lines[i], new LineAllocation(shipment, i + 1, WAREHOUSE));
    }
    return allocations;
  }

  private static String lastWords(Order order) {
    return order.history().get(order.history().size() - 1).what();
  }

  @Test
  void givenAnOrder_whenLinesAreAllocatedToOneShipment_thenItsHistorySaysWhichLinesToWhichShipment() {
    Order allocated = taken(3).allocate(toShipment("SHP-00000001", 1, 3), T0.plusSeconds(1), CLERK);

    assertThat(allocated.history()).extracting(OrderChange::what)
        .containsExactly("taken with 3 line(s)", "allocated line(s) [1, 3] to shipment [SHP-00000001]");
    assertThat(allocated.lines()).extracting(OrderLine::state)
        .containsExactly(LineState.ALLOCATED, LineState.OPEN, LineState.ALLOCATED);
    assertThat(allocated.line(3).allocation()).contains(new LineAllocation("SHP-00000001", 2, WAREHOUSE));
  }

  @Test
  void givenAnOrder_whenAllocated_thenItsHistoryEqualsTheSameHistoryReadBackAsWords() {
    Order allocated = taken(2).allocate(toShipment("SHP-7", 1, 2), T0.plusSeconds(1), CLERK);
    OrderChange asStored = new OrderChange(T0.plusSeconds(1), CLERK, "allocated line(s) [1, 2] to shipment [SHP-7]");

    assertThat(allocated.history().get(1)).isEqualTo(asStored).hasSameHashCodeAs(asStored)
        .hasToString(asStored.toString());
    assertThat(asStored.toString())
        .isEqualTo("OrderChange[at=2026-11-02T00:00:01Z, actor=kim.minji@WAREHOUSE:WH-ICHEON,"
            + " what=allocated line(s) [1, 2] to shipment [SHP-7]]");
  }

  @Test
  void givenAnOrderOfManyLines_whenLinesAboveSixtyFourAreAllocated_thenTheWordsListThemAll() {
    Order allocated = taken(70).allocate(toShipment("SHP-1", 2, 64, 65, 70), T0, CLERK);

    assertThat(lastWords(allocated)).isEqualTo("allocated line(s) [2, 64, 65, 70] to shipment [SHP-1]");
  }

  @Test
  void givenAnOrder_whenLinesGoToTwoShipments_thenTheWordsNameEachShipmentOnceInLineOrder() {
    Map<Integer, LineAllocation> split = new TreeMap<>();
    split.put(1, new LineAllocation("SHP-2", 1, WAREHOUSE));
    split.put(2, new LineAllocation("SHP-1", 1, STORE));
    split.put(3, new LineAllocation("SHP-2", 2, WAREHOUSE));

    assertThat(lastWords(taken(3).allocate(split, T0, CLERK)))
        .isEqualTo("allocated line(s) [1, 2, 3] to shipment [SHP-2, SHP-1]");
  }

  @Test
  void givenAllocationsNotInLineOrder_whenAllocated_thenTheWordsFollowTheMapsOrder() {
    Map<Integer, LineAllocation> descending = new LinkedHashMap<>();
    descending.put(3, new LineAllocation("SHP-1", 1, WAREHOUSE));
    descending.put(1, new LineAllocation("SHP-1", 2, WAREHOUSE));

    assertThat(lastWords(taken(3).allocate(descending, T0, CLERK)))
        .isEqualTo("allocated line(s) [3, 1] to shipment [SHP-1]");
  }

  @Test
  void givenAnAllocatedLine_whenAllocatedAgain_thenTheErrorNamesTheOrderTheLineAndBothStates() {
    Order allocated = taken(2).allocate(toShipment("SHP-1", 2), T0, CLERK);

    assertThatThrownBy(() -> allocated.allocate(toShipment("SHP-2", 2), T0, CLERK))
        .isInstanceOf(IllegalLineTransitionException.class)
        .hasMessage("line 2 of order MUSINSA/2026-0001 cannot move from ALLOCATED to ALLOCATED");
    assertThatThrownBy(() -> allocated.allocate(toShipment("SHP-2", 3), T0, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("order MUSINSA/2026-0001 has no line 3 (it has 2)");
  }

  @Test
  void givenAnAllocatedOrder_whenReopenedShippedAndCancelled_thenEachChangeIsInItsHistoryInWords() {
    Order order = taken(3).allocate(toShipment("SHP-1", 1, 2, 3), T0, CLERK)
        .reopen(List.of(1), "shipment cancelled", T0, CLERK)
        .ship(List.of(2), T0, CLERK)
        .cancel(List.of(1, 3), "고객 변심", T0, CLERK);

    assertThat(order.history()).extracting(OrderChange::what).containsExactly(
        "taken with 3 line(s)",
        "allocated line(s) [1, 2, 3] to shipment [SHP-1]",
        "reopened line(s) [1]: shipment cancelled",
        "shipped line(s) [2]",
        "cancelled line(s) [1, 3]: 고객 변심");
    assertThat(order.lines()).extracting(OrderLine::state)
        .containsExactly(LineState.CANCELLED, LineState.SHIPPED, LineState.CANCELLED);
    assertThat(order.line(1).allocation()).isEmpty();
    assertThat(order.line(3).allocation()).contains(new LineAllocation("SHP-1", 3, WAREHOUSE));
  }

  @Test
  void givenAnOrder_whenChanged_thenItsListsCannotBeChangedFromOutside() {
    Order order = taken(2).allocate(toShipment("SHP-1", 1), T0, CLERK).withFlag(true, T0, CLERK);

    assertThatThrownBy(() -> order.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> order.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(order.history()).hasSize(3);
  }

  @Test
  void givenABlankDescription_whenAChangeIsMade_thenItIsRefused() {
    assertThatThrownBy(() -> new OrderChange(T0, CLERK, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("what changed must not be blank");
    assertThatThrownBy(() -> new OrderChange(T0, CLERK, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderChange(null, CLERK, "x")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void givenLinesNotNumberedInOrder_whenAnOrderIsMade_thenItIsRefusedNamingTheOrder() {
    List<OrderLine> lines = new ArrayList<>(taken(2).lines());
    lines.remove(0);

    assertThatThrownBy(() -> Order.taken(ID, T0, KIM, KIM_HOME, lines, Optional.empty(), T0, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("order MUSINSA/2026-0001");
  }
}
