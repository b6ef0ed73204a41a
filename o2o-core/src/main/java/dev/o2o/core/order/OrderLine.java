package dev.o2o.core.order;

import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order: its number (1, 2, …), the SKU and its style, the quantity, its state and, while allocated or
 * once shipped, where its stock comes from. A line is allocated whole, from one location.
 */
public record OrderLine(
    int number, SkuCode sku, StyleCode style, Quantity quantity, LineState state,
    Optional<LineAllocation> allocation) {

  /** Refuses a line number below 1, a zero quantity, and an allocation that does not match the state. */
  public OrderLine {
    if (number < 1) {
      throw new IllegalArgumentException("line number must be 1 or more, got " + number);
    }
    Objects.requireNonNull(sku, () -> "SKU of line " + number);
    Objects.requireNonNull(style, () -> "style of line " + number);
    Objects.requireNonNull(quantity, () -> "quantity of line " + number);
    Objects.requireNonNull(state, () -> "state of line " + number);
    Objects.requireNonNull(allocation, () -> "allocation of line " + number);
    if (quantity.isZero()) {
      throw new IllegalArgumentException("line " + number + " (" + sku + ") must order at least one unit");
    }
    boolean needsAllocation = state == LineState.ALLOCATED || state == LineState.SHIPPED;
    if (needsAllocation && allocation.isEmpty()) {
      throw new IllegalArgumentException("line " + number + " is " + state + " and must say where it is allocated");
    }
    if (state == LineState.OPEN && allocation.isPresent()) {
      throw new IllegalArgumentException("line " + number + " is OPEN and cannot be allocated to " + allocation.get());
    }
  }

  /** A new, open line. */
  public static OrderLine open(int number, SkuCode sku, StyleCode style, Quantity quantity) {
    return new OrderLine(number, sku, style, quantity, LineState.OPEN, Optional.empty());
  }

  public boolean isOpen() {
    return state == LineState.OPEN;
  }

  public boolean isAllocated() {
    return state == LineState.ALLOCATED;
  }

  /** This line in {@code next}, with {@code where} as its allocation; checks the transition table. */
  OrderLine moveTo(OrderId order, LineState next, Optional<LineAllocation> where) {
    if (!state.canMoveTo(next)) {
      throw new IllegalLineTransitionException(order, number, state, next);
    }
    return new OrderLine(number, sku, style, quantity, next, where);
  }
}
