package dev.o2o.core.contract;

import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.OrderFixtures.PARK;
import static dev.o2o.core.contract.OrderFixtures.PARK_HOME;
import static dev.o2o.core.contract.StockFixtures.CLERK;
import static dev.o2o.core.contract.StockFixtures.T0;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.Hold;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderNote;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.OrderState;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link OrderStore}: every field of an order survives a round trip, saves roll back with their
 * transaction, the order view filters, sorts and pages, and allocation candidates come priority first, then oldest.
 */
public abstract class OrderStoreContract {

  protected CoreBackend backend;
  protected OrderStore orders;
  protected TransactionRunner transactions;

  private static final SkuCode TEE = SkuCode.of("TS24-BLK-M");
  private static final SkuCode COAT = SkuCode.of("CT24-NAV-M");
  private static final StyleCode TEE_STYLE = StyleCode.of("TS24");
  private static final StyleCode COAT_STYLE = StyleCode.of("CT24");

  /** A backend with empty stores whose {@link CoreBackend#orders()} is the store under test. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    orders = backend.orders();
    transactions = backend.transactions();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private static Order order(String number, Instant at, Customer customer, Destination destination,
      OrderLine... lines) {
    return Order.taken(OrderId.of("MUSINSA", number), at, customer, destination, List.of(lines), Optional.empty(),
        at, CLERK);
  }

  private static OrderLine tee(int number, int quantity) {
    return OrderLine.open(number, TEE, TEE_STYLE, Quantity.of(quantity));
  }

  private static OrderLine coat(int number, int quantity) {
    return OrderLine.open(number, COAT, COAT_STYLE, Quantity.of(quantity));
  }

  private void save(Order order) {
    transactions.run(() -> orders.save(order));
  }

  @Test
  void givenNothing_whenAnOrderIsLookedUp_thenItIsAbsent() {
    assertThat(orders.find(OrderId.of("MUSINSA", "none"))).isEmpty();
  }

  @Test
  void givenAnOrderWithEveryFieldSet_whenSavedAndFound_thenItComesBackEqual() {
    Order taken = order("2026-0001", T0, KIM, KIM_HOME, tee(1, 2), coat(2, 1), tee(3, 1));
    Order full = taken
        .allocate(Map.of(2, new LineAllocation("SHP-00000007", 1, WAREHOUSE)), T0.plusSeconds(60), CLERK)
        .cancel(List.of(3), "고객 변심", T0.plusSeconds(90), CLERK)
        .held(new Hold("주소 확인 필요", CLERK, T0.plusSeconds(120)))
        .withFlag(true, T0.plusSeconds(130), CLERK)
        .withPriority(true, T0.plusSeconds(140), CLERK)
        .withPolicy(Optional.of("EARLY"), T0.plusSeconds(150), CLERK)
        .withNote(new OrderNote(CLERK, T0.plusSeconds(160), "문 앞에 놓아 주세요"))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(170), "second note"));
    save(full);

    assertThat(orders.find(full.id())).contains(full);
    assertThat(orders.find(full.id()).orElseThrow().state()).isEqualTo(OrderState.PARTLY_ALLOCATED);
  }

  @Test
  void givenASavedOrder_whenSavedAgainChanged_thenTheChangeReplacesIt() {
    Order taken = order("2026-0002", T0, KIM, KIM_HOME, tee(1, 1));
    save(taken);
    Order flagged = taken.withFlag(true, T0.plusSeconds(1), CLERK);
    save(flagged);

    assertThat(orders.find(taken.id())).contains(flagged);
  }

  @Test
  void givenATransactionThatFails_whenItSavedAnOrder_thenTheOrderIsNotKept() {
    Order taken = order("2026-0003", T0, KIM, KIM_HOME, tee(1, 1));
    save(taken);

    assertThatThrownBy(() -> transactions.run(() -> {
      orders.save(taken.withFlag(true, T0.plusSeconds(1), CLERK));
      orders.save(order("2026-0004", T0, KIM, KIM_HOME, tee(1, 1)));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(orders.find(taken.id())).contains(taken);
    assertThat(orders.find(OrderId.of("MUSINSA", "2026-0004"))).isEmpty();
  }

  @Test
  void givenASavedOrder_whenLockedInATransaction_thenItIsReturned() {
    Order taken = order("2026-0005", T0, KIM, KIM_HOME, tee(1, 1));
    save(taken);

    assertThat(transactions.inTransaction(() -> orders.lock(taken.id()))).contains(taken);
    assertThat(transactions.inTransaction(() -> orders.lock(OrderId.of("MUSINSA", "none")))).isEmpty();
  }

  /** Five orders an hour apart: 1 Kim tee, 2 Park coat (held), 3 Kim tee+coat (flagged), 4 Park tee (priority), 5 Kim coat on 11st. */
  private List<Order> fiveOrders() {
    List<Order> five = new ArrayList<>();
    five.add(order("A-1", T0, KIM, KIM_HOME, tee(1, 1)));
    five.add(order("A-2", T0.plus(Duration.ofHours(1)), PARK, PARK_HOME, coat(1, 1))
        .held(new Hold("결제 확인", CLERK, T0)));
    five.add(order("A-3", T0.plus(Duration.ofHours(2)), KIM, KIM_HOME, tee(1, 1), coat(2, 1))
        .withFlag(true, T0, CLERK));
    five.add(order("A-4", T0.plus(Duration.ofHours(3)), PARK, PARK_HOME, tee(1, 2))
        .withPriority(true, T0, CLERK));
    five.add(Order.taken(OrderId.of("11ST", "B-5"), T0.plus(Duration.ofHours(4)), KIM, KIM_HOME,
        List.of(coat(1, 1)), Optional.empty(), T0, CLERK)
        .allocate(Map.of(1, new LineAllocation("SHP-1", 1, WAREHOUSE)), T0, CLERK));
    five.forEach(this::save);
    return five;
  }

  private List<String> numbers(OrderPage page) {
    return page.orders().stream().map(o -> o.id().number()).toList();
  }

  private List<String> search(OrderQuery.Builder query) {
    return numbers(orders.search(query.build()));
  }

  @Test
  void givenOrders_whenSearchedWithoutCriteria_thenAllComeOldestFirst() {
    fiveOrders();
    OrderPage page = orders.search(OrderQuery.builder().build());

    assertThat(numbers(page)).containsExactly("A-1", "A-2", "A-3", "A-4", "B-5");
    assertThat(page.total()).isEqualTo(5);
  }

  @Test
  void givenOrders_whenSearchedNewestFirst_thenTheOrderIsReversed() {
    fiveOrders();
    assertThat(search(OrderQuery.builder().newestFirst())).containsExactly("B-5", "A-4", "A-3", "A-2", "A-1");
  }

  @Test
  void givenOrders_whenSearchedByEachCriterion_thenOnlyTheMatchesCome() {
    fiveOrders();
    assertThat(search(OrderQuery.builder()
        .orderedBetween(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(3)))))
        .containsExactly("A-2", "A-3");
    assertThat(search(OrderQuery.builder().states(OrderState.ALLOCATED))).containsExactly("B-5");
    assertThat(search(OrderQuery.builder().states(OrderState.OPEN, OrderState.ALLOCATED)))
        .containsExactly("A-1", "A-2", "A-3", "A-4", "B-5");
    assertThat(search(OrderQuery.builder().held(true))).containsExactly("A-2");
    assertThat(search(OrderQuery.builder().held(false))).containsExactly("A-1", "A-3", "A-4", "B-5");
    assertThat(search(OrderQuery.builder().flagged(true))).containsExactly("A-3");
    assertThat(search(OrderQuery.builder().priority(true))).containsExactly("A-4");
    assertThat(search(OrderQuery.builder().channel("11ST"))).containsExactly("B-5");
    assertThat(search(OrderQuery.builder().sku(COAT))).containsExactly("A-2", "A-3", "B-5");
    assertThat(search(OrderQuery.builder().style(TEE_STYLE))).containsExactly("A-1", "A-3", "A-4");
    assertThat(search(OrderQuery.builder().customer("C-1002"))).containsExactly("A-2", "A-4");
    assertThat(search(OrderQuery.builder().customer("서준"))).containsExactly("A-2", "A-4");
    assertThat(search(OrderQuery.builder().customer(KIM.id()).style(COAT_STYLE).held(false)))
        .containsExactly("A-3", "B-5");
  }

  @Test
  void givenOrders_whenPaged_thenEachPageHoldsItsShareAndTheTotalIsKept() {
    fiveOrders();
    OrderPage first = orders.search(OrderQuery.builder().pageSize(2).build());
    OrderPage last = orders.search(OrderQuery.builder().pageSize(2).page(2).build());
    OrderPage beyond = orders.search(OrderQuery.builder().pageSize(2).page(3).build());

    assertThat(numbers(first)).containsExactly("A-1", "A-2");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.pageCount()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    assertThat(numbers(orders.search(OrderQuery.builder().pageSize(2).page(1).build())))
        .containsExactly("A-3", "A-4");
    assertThat(numbers(last)).containsExactly("B-5");
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.orders()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void givenOrdersWithTheSameTime_whenSearched_thenTiesGoByOrderId() {
    save(order("Z-2", T0, KIM, KIM_HOME, tee(1, 1)));
    save(order("Z-1", T0, KIM, KIM_HOME, tee(1, 1)));
    save(order("Z-3", T0, KIM, KIM_HOME, tee(1, 1)));

    assertThat(search(OrderQuery.builder())).containsExactly("Z-1", "Z-2", "Z-3");
  }

  @Test
  void givenOrders_whenAskedForThoseWithOpenLines_thenPriorityComeFirstThenOldestAndHeldAreIncluded() {
    fiveOrders();
    save(order("A-0", T0.minusSeconds(60), KIM, KIM_HOME, tee(1, 1))
        .cancel(List.of(1), "취소", T0, CLERK));

    assertThat(orders.withOpenLines().stream().map(o -> o.id().number()))
        .containsExactly("A-4", "A-1", "A-2", "A-3");
  }

  @Test
  void givenOrdersWithNotesAndHistory_whenAskedForThoseWithOpenLines_thenEachComesWholeAsFound() {
    Order noted = order("B-1", T0, KIM, KIM_HOME, tee(1, 2), coat(2, 1), tee(3, 1))
        .allocate(Map.of(2, new LineAllocation("SHP-00000007", 1, WAREHOUSE)), T0.plusSeconds(60), CLERK)
        .held(new Hold("주소 확인 필요", CLERK, T0.plusSeconds(120)))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(160), "문 앞에 놓아 주세요"))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(170), "second note"));
    Order plain = order("B-2", T0.plusSeconds(1), KIM, KIM_HOME, coat(1, 1), tee(2, 3));
    Order closed = order("B-3", T0.plusSeconds(2), KIM, KIM_HOME, tee(1, 1))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(10), "not open"))
        .cancel(List.of(1), "취소", T0.plusSeconds(20), CLERK);
    transactions.run(() -> List.of(noted, plain, closed).forEach(orders::save));

    assertThat(orders.withOpenLines()).containsExactly(noted, plain);
  }

  @Test
  void givenNewAndStoredOrders_whenSavedAllAtOnce_thenEachIsAsSavedOneByOne() {
    Order grown = order("C-1", T0, KIM, KIM_HOME, tee(1, 2), coat(2, 1));
    Order shrunk = order("C-2", T0.plusSeconds(1), PARK, PARK_HOME, tee(1, 1))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(5), "first"));
    transactions.run(() -> List.of(grown, shrunk).forEach(orders::save));
    Order grownLater = grown
        .allocate(Map.of(1, new LineAllocation("SHP-00000009", 1, WAREHOUSE)), T0.plusSeconds(60), CLERK)
        .withNote(new OrderNote(CLERK, T0.plusSeconds(70), "문 앞에 놓아 주세요"));
    // Not a later version of what is stored (no note): stored afresh.
    Order shrunkElsewhere = order("C-2", T0.plusSeconds(1), PARK, PARK_HOME, coat(1, 3));
    Order fresh = order("C-3", T0.plusSeconds(2), KIM, KIM_HOME, coat(1, 1), tee(2, 1))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(9), "new"));
    Order freshLater = fresh.withFlag(true, T0.plusSeconds(10), CLERK);

    transactions.run(() -> orders.saveAll(List.of(fresh, grownLater, shrunkElsewhere, freshLater)));

    assertThat(orders.find(grown.id())).contains(grownLater);
    assertThat(orders.find(shrunk.id())).contains(shrunkElsewhere);
    assertThat(orders.find(fresh.id())).contains(freshLater);
    assertThat(orders.withOpenLines()).containsExactly(grownLater, shrunkElsewhere, freshLater);
  }

  @Test
  void givenOrdersLockedInATransaction_whenSavedSeveralTimesInIt_thenEachNoteAndHistoryEntryIsKeptOnce() {
    Order noted = order("H-1", T0, KIM, KIM_HOME, tee(1, 2), coat(2, 1))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(1), "first"));
    Order plain = order("H-2", T0.plusSeconds(1), PARK, PARK_HOME, coat(1, 1));
    transactions.run(() -> orders.saveAll(List.of(noted, plain)));
    Order notedAllocated = noted
        .allocate(Map.of(1, new LineAllocation("SHP-00000021", 1, WAREHOUSE)), T0.plusSeconds(60), CLERK);
    Order notedLater = notedAllocated.withNote(new OrderNote(CLERK, T0.plusSeconds(70), "second"));
    Order plainFlagged = plain.withFlag(true, T0.plusSeconds(61), CLERK);
    // Not a later version of what the transaction saved before it (fewer history entries): stored afresh.
    Order plainElsewhere = order("H-2", T0.plusSeconds(1), PARK, PARK_HOME, tee(1, 3));

    transactions.run(() -> {
      orders.lockAll(List.of(noted.id(), plain.id()));
      orders.saveAll(List.of(notedAllocated, plainFlagged));
      orders.save(notedLater);
      orders.saveAll(List.of(plainElsewhere));
    });

    assertThat(orders.find(noted.id())).contains(notedLater);
    assertThat(orders.find(plain.id())).contains(plainElsewhere);
    Order plainLater = plainElsewhere.withFlag(true, T0.plusSeconds(90), CLERK);
    transactions.run(() -> {
      orders.lockAll(List.of(plain.id()));
      orders.save(plainLater);
    });
    assertThat(orders.find(plain.id())).contains(plainLater);
  }

  @Test
  void givenATransactionThatFails_whenItSavedOrdersAllAtOnce_thenNoneIsKept() {
    Order stored = order("D-1", T0, KIM, KIM_HOME, tee(1, 2));
    save(stored);
    Order fresh = order("D-2", T0.plusSeconds(1), KIM, KIM_HOME, coat(1, 1));

    assertThatThrownBy(() -> transactions.run(() -> {
      orders.saveAll(List.of(fresh, stored.cancel(List.of(1), "취소", T0.plusSeconds(5), CLERK)));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(orders.find(stored.id())).contains(stored);
    assertThat(orders.find(fresh.id())).isEmpty();
    assertThat(orders.withOpenLines()).containsExactly(stored);
  }

  @Test
  void givenMoreOrdersThanAStoreReadsAtOnce_whenOnePageHoldsThemAll_thenEachComesWholeInOrder() {
    List<Order> taken = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      Order order = order(String.format("F-%03d", i), T0.plusSeconds(i), i % 2 == 0 ? KIM : PARK,
          i % 2 == 0 ? KIM_HOME : PARK_HOME, tee(1, 1 + i % 3), coat(2, 1));
      taken.add(i % 10 == 0 ? order.withNote(new OrderNote(CLERK, T0.plusSeconds(i), "note " + i)) : order);
    }
    transactions.run(() -> orders.saveAll(taken));

    OrderPage page = orders.search(OrderQuery.builder().pageSize(250).build());

    assertThat(page.total()).isEqualTo(250);
    assertThat(page.orders()).containsExactlyElementsOf(taken);
  }

  @Test
  void givenStoredOrders_whenLockedAllAtOnce_thenThoseStoredComeInIdOrderAsFound() {
    Order second = order("E-2", T0, KIM, KIM_HOME, tee(1, 2));
    Order first = order("E-1", T0.plusSeconds(1), PARK, PARK_HOME, coat(1, 1))
        .withNote(new OrderNote(CLERK, T0.plusSeconds(5), "first"));
    Order other = order("E-0", T0.plusSeconds(2), PARK, PARK_HOME, coat(1, 1));
    transactions.run(() -> orders.saveAll(List.of(second, first, other)));
    OrderId missing = OrderId.of("MUSINSA", "E-9");

    Map<OrderId, Order> locked = transactions.inTransaction(
        () -> orders.lockAll(List.of(missing, second.id(), first.id(), second.id())));

    assertThat(locked.keySet()).containsExactly(first.id(), second.id());
    assertThat(locked.values()).containsExactly(first, second);
    assertThat(transactions.inTransaction(() -> orders.lockAll(List.of()))).isEmpty();
  }

  @Test
  void givenMoreOrdersThanAStoreReadsAtOnce_whenLockedAllAtOnce_thenEachComesWhole() {
    List<Order> taken = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Order order = order(String.format("G-%03d", 149 - i), T0.plusSeconds(i), KIM, KIM_HOME, tee(1, 1), coat(2, 2));
      taken.add(i % 7 == 0 ? order.withNote(new OrderNote(CLERK, T0.plusSeconds(i), "note " + i)) : order);
    }
    transactions.run(() -> orders.saveAll(taken));

    Map<OrderId, Order> locked = transactions.inTransaction(
        () -> orders.lockAll(taken.stream().map(Order::id).toList()));

    assertThat(locked.values()).containsExactlyElementsOf(
        taken.stream().sorted(java.util.Comparator.comparing(Order::id)).toList());
  }
}


