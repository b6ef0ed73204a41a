package dev.o2o.core.contract;

import static dev.o2o.core.contract.OrderFixtures.KIM;
import static dev.o2o.core.contract.OrderFixtures.KIM_HOME;
import static dev.o2o.core.contract.StockFixtures.CLERK;
import static dev.o2o.core.contract.StockFixtures.T0;
import static dev.o2o.core.contract.StockFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Hold;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.tx.TransactionRunner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link OrderStore#withOpenLines()} under random histories of a few orders: taken (at tied times), allocated whole or
 * in part, reopened, shipped, cancelled, held and released, prioritised, flagged, several changes to a transaction,
 * some of which fail. After every transaction, and inside it before it fails, the store's orders with open lines are
 * exactly those of a plain map kept beside it, filtered and sorted (priority first, then oldest, then by id). And
 * {@link OrderStore#search}, paged through to its end, against the same kind of model. Each example works on orders of
 * its own and cancels what is left open at its end, so one backend serves every example.
 */
public abstract class OrderStorePropertiesContract {

  private static final int ORDERS = 4;
  private static final Comparator<Order> FOR_ALLOCATION = Comparator.comparing((Order o) -> !o.priority())
      .thenComparing(Order::orderedAt).thenComparing(Order::id);

  private CoreBackend backend;
  private OrderStore orders;
  private TransactionRunner transactions;
  private final AtomicInteger examples = new AtomicInteger();
  private final AtomicInteger shipments = new AtomicInteger();

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  /** Examples per property: at least 1,000 for the in-memory ports; a slower backend may run fewer. */
  protected int examples() {
    return 1000;
  }

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

  /** What an edit does to its order; an edit that does not apply (nothing open to allocate, …) leaves it alone. */
  enum Action {
    TAKE, ALLOCATE_ALL, ALLOCATE_FIRST, REOPEN, SHIP, CANCEL_FIRST_OPEN, HOLD_OR_RELEASE, PRIORITY, FLAG
  }

  /** One edit of order {@code order}; {@code seconds} (0 to 2) is its order time when taken, so times tie. */
  record Edit(int order, Action action, int seconds) {
    @Override
    public String toString() {
      return action + " " + order + (action == Action.TAKE ? " at +" + seconds + "s" : "");
    }
  }

  /** The edits of one transaction, and whether it fails after them. */
  record Step(List<Edit> edits, boolean fails) {
    @Override
    public String toString() {
      return edits + (fails ? " then fail" : "");
    }
  }

  private static Gen<Step> steps() {
    Gen<Edit> edits = integers().between(0, ORDERS - 1).zip(integers().between(0, Action.values().length - 1),
        integers().between(0, 2), (order, action, seconds) -> new Edit(order, Action.values()[action], seconds));
    return lists().of(edits).ofSizeBetween(1, 3).zip(booleans().all(), Step::new);
  }

  @Test
  void givenAnyHistoryOfEditsAndFailedTransactions_whenAskedForOpenOrders_thenTheyAreTheModelsFilteredAndSorted() {
    qt().withExamples(examples()).forAll(lists().of(steps()).ofSizeBetween(1, 20)).checkAssert(this::play);
  }

  private void play(List<Step> history) {
    String prefix = "P" + examples.incrementAndGet() + "-";
    Map<OrderId, Order> committed = new HashMap<>();
    for (Step step : history) {
      Map<OrderId, Order> working = new HashMap<>();
      Runnable work = () -> {
        working.clear();
        working.putAll(committed);
        for (Edit edit : step.edits()) {
          OrderId id = OrderId.of("PROP", prefix + edit.order());
          Optional<Order> edited = edited(orders.lock(id), id, edit);
          edited.ifPresent(order -> {
            orders.save(order);
            working.put(id, order);
          });
        }
        assertMatches(working, prefix, "inside " + step);
        if (step.fails()) {
          throw new IllegalStateException("boom");
        }
      };
      if (step.fails()) {
        assertThatThrownBy(() -> transactions.run(work)).hasMessage("boom");
      } else {
        transactions.run(work);
        committed.clear();
        committed.putAll(working);
      }
      assertMatches(committed, prefix, "after " + step);
    }
    transactions.run(() -> committed.values().stream().filter(Order::hasOpenLines)
        .forEach(order -> orders.save(order.cancel(openLines(order), "example over", T0, CLERK))));
  }

  private void assertMatches(Map<OrderId, Order> model, String prefix, String when) {
    List<Order> expected = model.values().stream().filter(Order::hasOpenLines).sorted(FOR_ALLOCATION).toList();
    List<Order> actual = orders.withOpenLines().stream()
        .filter(order -> order.id().number().startsWith(prefix)).toList();
    assertThat(actual).as("orders with open lines " + when).isEqualTo(expected);
    model.forEach((id, order) -> assertThat(orders.find(id)).as(id + " " + when).contains(order));
  }

  /** A search's answer to a yes-or-no property of an order: either, yes, or no. */
  enum Either {
    ANY, YES, NO;

    boolean admits(boolean value) {
      return this == ANY || value == (this == YES);
    }
  }

  /** An order of a search example: its order time ({@code seconds} 0 to 3 after T0, so times tie) and number. */
  record Listed(int seconds, int number, boolean flagged, boolean held) {}

  /** A search of one example's channel: the flag and hold it asks for, its direction and its page size. */
  record Search(Either flagged, Either held, boolean newestFirst, int pageSize) {
    OrderQuery query(String channel, int page) {
      OrderQuery.Builder query = OrderQuery.builder().channel(channel).page(page).pageSize(pageSize);
      if (flagged != Either.ANY) {
        query.flagged(flagged == Either.YES);
      }
      if (held != Either.ANY) {
        query.held(held == Either.YES);
      }
      if (newestFirst) {
        query.newestFirst();
      }
      return query.build();
    }
  }

  @Test
  void givenAnyOrdersAndSearch_whenPagedThroughToTheEnd_thenThePagesCutTheModelsMatchesInOrder() {
    Gen<Listed> listed = integers().between(0, 3).zip(integers().between(0, 120), booleans().all(), booleans().all(),
        Listed::new);
    Gen<Either> either = integers().between(0, 2).map(i -> Either.values()[i]);
    Gen<Search> searches = either.zip(either, booleans().all(), integers().between(1, 4), Search::new);
    qt().withExamples(examples()).forAll(lists().of(listed).ofSizeBetween(0, 10), searches)
        .checkAssert(this::pageThrough);
  }

  private void pageThrough(List<Listed> listed, Search search) {
    String channel = "Q" + examples.incrementAndGet();
    Map<OrderId, Order> model = new HashMap<>();
    transactions.run(() -> {
      for (Listed one : listed) {
        // Numbers of one to three digits, so that their order as text is not their order as numbers.
        OrderId id = OrderId.of(channel, "N-" + one.number());
        if (!model.containsKey(id)) {
          Order order = taken(id, one.seconds()).withFlag(one.flagged(), T0, CLERK);
          order = one.held() ? order.held(new Hold("address to check", CLERK, T0)) : order;
          orders.save(order);
          model.put(id, order);
        }
      }
    });
    Comparator<Order> oldestFirst = Comparator.comparing(Order::orderedAt).thenComparing(Order::id);
    List<Order> expected = model.values().stream()
        .filter(order -> search.flagged().admits(order.flagged()) && search.held().admits(order.isHeld()))
        .sorted(search.newestFirst() ? oldestFirst.reversed() : oldestFirst)
        .toList();
    int pages = (expected.size() + search.pageSize() - 1) / search.pageSize();
    List<Order> pagedThrough = new ArrayList<>();
    for (int page = 0; page <= pages; page++) {
      OrderPage found = orders.search(search.query(channel, page));
      assertThat(found.total()).as("total on page " + page).isEqualTo(expected.size());
      assertThat(found.orders()).as("page " + page + " of " + pages)
          .hasSize(page < pages ? Math.min(search.pageSize(), expected.size() - page * search.pageSize()) : 0);
      pagedThrough.addAll(found.orders());
    }
    assertThat(pagedThrough).isEqualTo(expected);
    transactions.run(() -> model.values().forEach(order ->
        orders.save(order.cancel(openLines(order), "example over", T0, CLERK))));
  }

  private Optional<Order> edited(Optional<Order> current, OrderId id, Edit edit) {
    if (current.isEmpty()) {
      return edit.action() == Action.TAKE ? Optional.of(taken(id, edit.seconds())) : Optional.empty();
    }
    Order order = current.get();
    List<Integer> open = openLines(order);
    List<Integer> allocated = order.lines().stream().filter(OrderLine::isAllocated).map(OrderLine::number).toList();
    return switch (edit.action()) {
      case TAKE -> Optional.empty();
      case ALLOCATE_ALL -> open.isEmpty() ? Optional.empty() : Optional.of(allocate(order, open));
      case ALLOCATE_FIRST -> open.isEmpty() ? Optional.empty() : Optional.of(allocate(order, open.subList(0, 1)));
      case REOPEN -> allocated.isEmpty() ? Optional.empty()
          : Optional.of(order.reopen(allocated, "shipment cancelled", T0, CLERK));
      case SHIP -> allocated.isEmpty() ? Optional.empty() : Optional.of(order.ship(allocated, T0, CLERK));
      case CANCEL_FIRST_OPEN -> open.isEmpty() ? Optional.empty()
          : Optional.of(order.cancel(open.subList(0, 1), "customer changed their mind", T0, CLERK));
      case HOLD_OR_RELEASE -> Optional.of(order.isHeld() ? order.released(T0, CLERK)
          : order.held(new Hold("address to check", CLERK, T0)));
      case PRIORITY -> Optional.of(order.withPriority(!order.priority(), T0, CLERK));
      case FLAG -> Optional.of(order.withFlag(!order.flagged(), T0, CLERK));
    };
  }

  private static Order taken(OrderId id, int seconds) {
    List<OrderLine> lines = IntStream.rangeClosed(1, 1 + seconds)
        .mapToObj(n -> OrderLine.open(n, SkuCode.of("TS24-BLK-M"), StyleCode.of("TS24"), Quantity.of(n)))
        .toList();
    return Order.taken(id, T0.plusSeconds(seconds), KIM, KIM_HOME, lines, Optional.empty(), T0, CLERK);
  }

  private Order allocate(Order order, List<Integer> lines) {
    String shipment = "SHP-P" + shipments.incrementAndGet();
    Map<Integer, LineAllocation> allocations = new TreeMap<>();
    for (int number : lines) {
      allocations.put(number, new LineAllocation(shipment, allocations.size() + 1, WAREHOUSE));
    }
    return order.allocate(allocations, T0, CLERK);
  }

  private static List<Integer> openLines(Order order) {
    return order.openLines().stream().map(OrderLine::number).toList();
  }
}
