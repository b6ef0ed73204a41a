package dev.o2o.core.order;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Command: take in a mall order. Taking the same order twice changes nothing. */
public record TakeOrder(
    OrderId id, Instant orderedAt, Customer customer, Destination destination, List<Line> lines,
    Optional<String> policy, Actor actor) {

  /** Refuses missing parts and an order without lines. */
  public TakeOrder {
    Objects.requireNonNull(id, "order id");
    Objects.requireNonNull(orderedAt, () -> "order time of " + id);
    Objects.requireNonNull(customer, () -> "customer of " + id);
    Objects.requireNonNull(destination, () -> "destination of " + id);
    Objects.requireNonNull(policy, () -> "policy of " + id);
    Objects.requireNonNull(actor, () -> "actor taking " + id);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("order " + id + " has no lines");
    }
  }

  /** An order to be allocated under the run's policy. */
  public TakeOrder(OrderId id, Instant orderedAt, Customer customer, Destination destination, List<Line> lines,
      Actor actor) {
    this(id, orderedAt, customer, destination, lines, Optional.empty(), actor);
  }

  /** Whether {@code order} was taken from this very content (id, time, customer, destination, lines). */
  public boolean sameContentAs(Order order) {
    if (!id.equals(order.id()) || !orderedAt.equals(order.orderedAt()) || !customer.equals(order.customer())
        || !destination.equals(order.destination()) || lines.size() != order.lines().size()) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      OrderLine taken = order.lines().get(i);
      if (!lines.get(i).sku().equals(taken.sku()) || !lines.get(i).quantity().equals(taken.quantity())) {
        return false;
      }
    }
    return true;
  }

  /** One ordered line: a SKU and how many. */
  public record Line(SkuCode sku, Quantity quantity) {

    /** Refuses a missing SKU and a zero quantity. */
    public Line {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(quantity, () -> "quantity of " + sku);
      if (quantity.isZero()) {
        throw new IllegalArgumentException("a line of " + sku + " must order at least one unit");
      }
    }

    public static Line of(String sku, int quantity) {
      return new Line(SkuCode.of(sku), Quantity.of(quantity));
    }
  }
}
