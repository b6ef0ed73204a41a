package dev.o2o.benchmarks;

import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderPage;
import dev.o2o.core.order.OrderQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of the integrated order view from the in-memory order store ({@link InMemoryOrderStore#search}): unflagged
 * orders, newest first, 50 a page, the first page or the twentieth, among {@code orders} orders taken over a month
 * (about one in ten flagged). The baseline pages the same orders as a plain list: filter, sort every match, skip and
 * limit.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@State(Scope.Benchmark)
public class OrderSearchBenchmark {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final int MONTH_SECONDS = 30 * 24 * 3600;

  @Param({"100000", "1000000"})
  public int orders;

  @Param({"0", "19"})
  public int page;

  private InMemoryOrderStore store;
  private List<Order> plain;
  private OrderQuery query;

  @Setup
  public void take() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    store = new InMemoryOrderStore(transactions);
    plain = new ArrayList<>(orders);
    Actor clerk = Actor.system("benchmark");
    Customer customer = Customer.of("C-1", "고객");
    Destination home = new Destination("고객", "010-0000-0000", "06236", "서울특별시 강남구");
    List<OrderLine> lines = List.of(
        OrderLine.open(1, SkuCode.of("TS24-BLK-M"), StyleCode.of("TS24"), Quantity.of(1)));
    SplittableRandom random = new SplittableRandom(7);
    transactions.run(() -> {
      for (int o = 0; o < orders; o++) {
        Order order = Order.taken(OrderId.of("MALL", "2026-" + o), T0.plusSeconds(random.nextInt(MONTH_SECONDS)),
            customer, home, lines, Optional.empty(), T0, clerk);
        if (random.nextInt(10) == 0) {
          order = order.withFlag(true, T0, clerk);
        }
        store.save(order);
        plain.add(order);
      }
    });
    query = OrderQuery.builder().flagged(false).newestFirst().page(page).pageSize(50).build();
  }

  @Benchmark
  public OrderPage search() {
    return store.search(query);
  }

  @Benchmark
  public OrderPage searchBaseline() {
    List<Order> matches = plain.stream().filter(query::matches).toList();
    List<Order> onPage = matches.stream()
        .sorted(Order.BY_ORDER_TIME.reversed())
        .skip((long) query.page() * query.pageSize())
        .limit(query.pageSize())
        .toList();
    return new OrderPage(onPage, matches.size(), query.page(), query.pageSize());
  }
}
