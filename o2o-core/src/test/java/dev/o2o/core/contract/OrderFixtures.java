package dev.o2o.core.contract;

import dev.o2o.core.model.Actor;
import dev.o2o.core.order.Customer;
import dev.o2o.core.order.Destination;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.TakeOrder;
import java.time.Instant;
import java.util.List;

/** Test data for orders: customers, destinations and order commands with names that read as sentences. */
public final class OrderFixtures {

  public static final String CHANNEL = "MUSINSA";
  public static final Actor OPERATOR = Actor.system("mall-intake");
  public static final Customer KIM = Customer.of("C-1001", "김민지");
  public static final Customer PARK = Customer.of("C-1002", "박서준");
  public static final Destination KIM_HOME = new Destination("김민지", "010-1234-5678", "06236", "서울특별시 강남구 테헤란로 1");
  public static final Destination KIM_OFFICE = new Destination("김민지", "010-1234-5678", "04524", "서울특별시 중구 세종대로 2");
  public static final Destination PARK_HOME = new Destination("박서준", "010-9876-5432", "48058", "부산광역시 해운대구 센텀로 3");

  private OrderFixtures() {}

  public static OrderId orderId(String number) {
    return OrderId.of(CHANNEL, number);
  }

  /** An order of {@code lines} by Kim to her home, ordered at {@code at}. */
  public static TakeOrder order(String number, Instant at, TakeOrder.Line... lines) {
    return new TakeOrder(orderId(number), at, KIM, KIM_HOME, List.of(lines), OPERATOR);
  }

  /** An order of {@code lines} by {@code customer} to {@code destination}, ordered at {@code at}. */
  public static TakeOrder order(String number, Instant at, Customer customer, Destination destination,
      TakeOrder.Line... lines) {
    return new TakeOrder(orderId(number), at, customer, destination, List.of(lines), OPERATOR);
  }

  public static TakeOrder.Line line(String sku, int quantity) {
    return TakeOrder.Line.of(sku, quantity);
  }
}
