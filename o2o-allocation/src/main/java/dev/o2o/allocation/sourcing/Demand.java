package dev.o2o.allocation.sourcing;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import java.util.Objects;

/** An open order line to be allocated: which order and line, which SKU and how many. A line is allocated whole. */
public record Demand(OrderId order, int line, SkuCode sku, int quantity) {

  /** Refuses missing parts, a line number below 1 and a quantity below 1. */
  public Demand {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(sku, () -> "sku of line " + line + " of order " + order);
    if (line < 1 || quantity < 1) {
      throw new IllegalArgumentException("line " + line + " of order " + order + " must be numbered from 1 and ask"
          + " for at least one unit, got " + quantity);
    }
  }

  /** The demand of an open order line. */
  public static Demand of(OrderId order, OrderLine line) {
    return new Demand(order, line.number(), line.sku(), line.quantity().value());
  }

  @Override
  public String toString() {
    return order + "#" + line + " " + sku + " x " + quantity;
  }
}
