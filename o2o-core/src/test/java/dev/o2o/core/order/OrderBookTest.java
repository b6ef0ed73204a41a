package dev.o2o.core.order;

import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.OPERATOR;
import static dev.o2o.core.contract.OrderFixtures.PARK_HOME;
import static dev.o2o.core.contract.OrderFixtures.line;
import static dev.o2o.core.contract.OrderFixtures.order;
import static dev.o2o.core.contract.OrderFixtures.orderId;
import static dev.o2o.core.contract.StockFixtures.CLERK;
import static dev.o2o.core.contract.StockFixtures.STORE;
import static dev.o2o.core.contract.StockFixtures.T0;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.UnknownSkuException;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.time.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookTest {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  private final InMemoryOrderStore store = new InMemoryOrderStore(transactions);
  private final Inventory inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
  private final ManualClock clock = ManualClock.at(T0.plus(Duration.ofDays(1)));
  private final StockFixtures stock = new StockFixtures("book");
  private final List<List<OrderLine>> cancelledAllocatedLines = new ArrayList<>();
  private RuntimeException listenerFailure;
  private OrderBook book;

  @BeforeEach
  void setUp() {
    StockFixtures.registerSku(catalogue, "TS24-BLK-M", "TS24");
    StockFixtures.registerSku(catalogue, "TS24-BLK-L", "TS24");
    StockFixtures.registerSku(catalogue, "CT24-NAV-M", "CT24");
    book = new OrderBook(store, inventory, catalogue, transactions, clock, List.of((order, lines, actor) -> {
      cancelledAllocatedLines.add(lines);
      if (listenerFailure != null) {
        throw listenerFailure;
      }
    }));
  }

  private Order takeTeeAndCoat(String number) {
    return book.take(order(number, T0, line("TS24-BLK-M", 2), line("CT24-NAV-M", 1))).order();
  }

  /** Allocates line 1 of the order (2 tees) at the warehouse, as an allocation run would. */
  private Order allocateFirstLine(Order order) {
    inventory.apply(stock.receive(SkuCode.of("TS24-BLK-M"), WAREHOUSE, 5));
    LineAllocation where = new LineAllocation("SHP-1", 1, WAREHOUSE);
    inventory.apply(stock.movement(MovementKind.ALLOCATE, SkuCode.of("TS24-BLK-M"), WAREHOUSE, 2)
        .id(where.movementId(MovementKind.ALLOCATE)).reference(where.reference()).build());
    Order allocated = order.allocate(Map.of(1, where), clock.instant(), OPERATOR);
    transactions.run(() -> store.save(allocated));
    return allocated;
  }

  @Test
  void givenANewMallOrder_whenTaken_thenItIsKeptWithOpenLinesTheirStylesAndWhoTookIt() {
    TakeOutcome outcome = book.take(order("2026-1", T0, line("TS24-BLK-M", 2), line("CT24-NAV-M", 1)));

    assertThat(outcome).isInstanceOf(TakeOutcome.Taken.class);
    Order order = book.require(orderId("2026-1"));
    assertThat(order.state()).isEqualTo(OrderState.OPEN);
    assertThat(order.lines()).extracting(OrderLine::style)
        .containsExactly(StyleCode.of("TS24"), StyleCode.of("CT24"));
    assertThat(order.history()).singleElement().satisfies(change -> {
      assertThat(change.actor()).isEqualTo(OPERATOR);
      assertThat(change.at()).isEqualTo(clock.instant());
    });
  }

  @Test
  void givenATakenOrder_whenTakenAgainWithTheSameContent_thenNothingChanges() {
    Order first = takeTeeAndCoat("2026-2");
    clock.advance(Duration.ofMinutes(5));

    TakeOutcome again = book.take(order("2026-2", T0, line("TS24-BLK-M", 2), line("CT24-NAV-M", 1)));

    assertThat(again).isEqualTo(new TakeOutcome.AlreadyTaken(first));
    assertThat(book.require(first.id())).isEqualTo(first);
  }

  @Test
  void givenATakenOrder_whenTheSameNumberComesWithOtherLines_thenItIsRefusedWithAnErrorThatSaysSo() {
    Order first = takeTeeAndCoat("2026-3");

    assertThatThrownBy(() -> book.take(order("2026-3", T0, line("TS24-BLK-M", 3))))
        .isInstanceOf(OrderConflictException.class)
        .hasMessageContaining("MUSINSA/2026-3")
        .hasMessageContaining("already taken with other content")
        .hasMessageContaining("TS24-BLK-M x 3");
    assertThat(book.require(first.id())).isEqualTo(first);
  }

  @Test
  void givenATakenOrder_whenTheSameNumberComesFromAnotherChannel_thenItIsAnotherOrder() {
    takeTeeAndCoat("2026-4");
    TakeOrder elsewhere = new TakeOrder(OrderId.of("11ST", "2026-4"), T0, KIM, PARK_HOME,
        List.of(line("TS24-BLK-L", 1)), OPERATOR);

    assertThat(book.take(elsewhere)).isInstanceOf(TakeOutcome.Taken.class);
  }

  @Test
  void givenAnUnknownSku_whenAnOrderNamesIt_thenItIsRefusedAndNothingIsKept() {
    assertThatThrownBy(() -> book.take(order("2026-5", T0, line("NOPE-1", 1))))
        .isInstanceOf(UnknownSkuException.class).hasMessageContaining("NOPE-1");
    assertThat(book.find(orderId("2026-5"))).isEmpty();
  }

  @Test
  void givenAnOpenLine_whenCancelled_thenItIsCancelledWithoutStockMovements() {
    Order order = takeTeeAndCoat("2026-6");

    CancelOutcome outcome = book.cancelLine(order.id(), 2, "고객 요청", CLERK);

    assertThat(outcome).isInstanceOfSatisfying(CancelOutcome.Cancelled.class, c -> {
      assertThat(c.lines()).containsExactly(2);
      assertThat(c.deallocations()).isEmpty();
    });
    assertThat(book.require(order.id()).line(2).state()).isEqualTo(LineState.CANCELLED);
    assertThat(book.require(order.id()).line(1).state()).isEqualTo(LineState.OPEN);
    assertThat(cancelledAllocatedLines).isEmpty();
  }

  @Test
  void givenAnAllocatedLine_whenCancelled_thenItsStockIsDeallocatedInTheSameStep() {
    Order order = allocateFirstLine(takeTeeAndCoat("2026-7"));
    assertThat(inventory.position(SkuCode.of("TS24-BLK-M"), WAREHOUSE).available()).isEqualTo(3);

    CancelOutcome outcome = book.cancelLine(order.id(), 1, "고객 요청", CLERK);

    assertThat(outcome).isInstanceOfSatisfying(CancelOutcome.Cancelled.class,
        c -> assertThat(c.deallocations()).singleElement().satisfies(m -> {
          assertThat(m.kind()).isEqualTo(MovementKind.DEALLOCATE);
          assertThat(m.id().value()).isEqualTo("DEALLOCATE:SHP-1/1");
        }));
    assertThat(inventory.position(SkuCode.of("TS24-BLK-M"), WAREHOUSE).available()).isEqualTo(5);
    assertThat(inventory.position(SkuCode.of("TS24-BLK-M"), WAREHOUSE).allocated()).isZero();
    assertThat(cancelledAllocatedLines).singleElement().satisfies(lines ->
        assertThat(lines).extracting(OrderLine::number).containsExactly(1));
  }

  @Test
  void givenAListenerThatFails_whenAnAllocatedLineIsCancelled_thenNeitherStockNorOrderChange() {
    Order order = allocateFirstLine(takeTeeAndCoat("2026-8"));
    listenerFailure = new IllegalStateException("shipment store down");

    assertThatThrownBy(() -> book.cancelOrder(order.id(), "고객 요청", CLERK)).hasMessage("shipment store down");

    assertThat(book.require(order.id())).isEqualTo(order);
    assertThat(inventory.position(SkuCode.of("TS24-BLK-M"), WAREHOUSE).allocated()).isEqualTo(2);
  }

  @Test
  void givenAShippedLine_whenCancelled_thenItIsRefusedAndTheOrderUnchanged() {
    Order allocated = allocateFirstLine(takeTeeAndCoat("2026-9"));
    Order shipped = allocated.ship(List.of(1), clock.instant(), CLERK);
    transactions.run(() -> store.save(shipped));

    CancelOutcome outcome = book.cancelLine(shipped.id(), 1, "too late", CLERK);

    assertThat(outcome).isInstanceOfSatisfying(CancelOutcome.Refused.class,
        r -> assertThat(r.reason()).contains("line 1", "SHIPPED"));
    assertThat(book.require(shipped.id())).isEqualTo(shipped);
  }

  @Test
  void givenAnOrder_whenCancelledWhole_thenEveryLineLeftIsCancelledAndASecondCancelIsRefused() {
    Order order = allocateFirstLine(takeTeeAndCoat("2026-10"));

    CancelOutcome first = book.cancelOrder(order.id(), "품절", CLERK);
    CancelOutcome second = book.cancelOrder(order.id(), "품절", CLERK);

    assertThat(first).isInstanceOfSatisfying(CancelOutcome.Cancelled.class, c -> {
      assertThat(c.lines()).containsExactly(1, 2);
      assertThat(c.deallocations()).hasSize(1);
    });
    assertThat(book.require(order.id()).state()).isEqualTo(OrderState.CANCELLED);
    assertThat(second).isInstanceOf(CancelOutcome.Refused.class);
  }

  @Test
  void givenAnOrder_whenStaffHoldFlagPrioritiseAndNoteIt_thenEachChangeKeepsItsActorAndTime() {
    Order order = takeTeeAndCoat("2026-11");
    clock.advance(Duration.ofMinutes(1));
    book.hold(order.id(), "주소 확인", CLERK);
    clock.advance(Duration.ofMinutes(1));
    book.flag(order.id(), true, CLERK);
    book.prioritise(order.id(), true, CLERK);
    book.choosePolicy(order.id(), Optional.of("EARLY"), CLERK);
    book.addNote(order.id(), "first", CLERK);
    clock.advance(Duration.ofMinutes(1));
    book.addNote(order.id(), "둘째", CLERK);

    Order changed = book.require(order.id());
    assertThat(changed.hold()).hasValueSatisfying(h -> {
      assertThat(h.reason()).isEqualTo("주소 확인");
      assertThat(h.by()).isEqualTo(CLERK);
    });
    assertThat(changed.flagged()).isTrue();
    assertThat(changed.priority()).isTrue();
    assertThat(changed.policy()).contains("EARLY");
    assertThat(book.notes(order.id())).extracting(OrderNote::text).containsExactly("first", "둘째");
    assertThat(book.notes(order.id()).get(1).at()).isEqualTo(clock.instant());
    assertThat(changed.history()).hasSize(7).allSatisfy(c -> assertThat(c.actor()).isIn(CLERK, OPERATOR));

    Order released = book.releaseHold(order.id(), CLERK);
    assertThat(released.isHeld()).isFalse();
    assertThat(book.flag(order.id(), false, CLERK).flagged()).isFalse();
  }

  @Test
  void givenAnUnknownOrder_whenAnyCommandNamesIt_thenTheErrorNamesTheOrder() {
    assertThatThrownBy(() -> book.hold(orderId("none"), "x", CLERK))
        .isInstanceOf(OrderNotFoundException.class).hasMessageContaining("MUSINSA/none");
    assertThatThrownBy(() -> book.cancelOrder(orderId("none"), "x", CLERK))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void givenStockOfAStyleAtSeveralLocations_whenAnOrderIsSelected_thenItsStylesStockIsShownPerLocation() {
    Order order = takeTeeAndCoat("2026-12");
    inventory.apply(stock.receive(SkuCode.of("TS24-BLK-M"), WAREHOUSE, 5));
    inventory.apply(stock.receive(SkuCode.of("TS24-BLK-L"), WAREHOUSE, 2));
    inventory.apply(stock.receive(SkuCode.of("TS24-BLK-L"), STORE, 1));
    inventory.apply(stock.move(MovementKind.ALLOCATE, SkuCode.of("TS24-BLK-M"), WAREHOUSE, 3));

    var stockOfStyles = book.stockOfStyles(order.id());

    assertThat(stockOfStyles.keySet()).containsExactly(StyleCode.of("CT24"), StyleCode.of("TS24"));
    assertThat(stockOfStyles.get(StyleCode.of("TS24")).get(WAREHOUSE)).isEqualTo(new StockFigures(7, 3, 0, 0, 0));
    assertThat(stockOfStyles.get(StyleCode.of("TS24")).get(WAREHOUSE).available()).isEqualTo(4);
    assertThat(stockOfStyles.get(StyleCode.of("TS24")).get(STORE).available()).isEqualTo(1);
    assertThat(stockOfStyles.get(StyleCode.of("CT24"))).isEmpty();
  }

  @Test
  void givenALine_whenAskedToMoveAgainstTheTable_thenTheErrorNamesBothStates() {
    Order order = takeTeeAndCoat("2026-13");

    assertThatThrownBy(() -> order.ship(List.of(1), clock.instant(), CLERK))
        .isInstanceOf(IllegalLineTransitionException.class)
        .hasMessageContaining("line 1 of order MUSINSA/2026-13 cannot move from OPEN to SHIPPED");
  }
}
