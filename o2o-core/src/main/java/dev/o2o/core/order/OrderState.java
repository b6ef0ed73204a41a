package dev.o2o.core.order;

import java.util.List;

/** The state of a whole order, derived from its lines; what the order view searches by. */
public enum OrderState {
  /** Every line not cancelled is open. */
  OPEN,
  /** Some lines are open, others allocated or shipped. */
  PARTLY_ALLOCATED,
  /** No line is open; some are allocated (and others may have shipped). */
  ALLOCATED,
  /** Every line not cancelled has shipped. */
  SHIPPED,
  /** Every line is cancelled. */
  CANCELLED;

  /** The state of an order with these lines. */
  public static OrderState of(List<OrderLine> lines) {
    int open = 0;
    int allocated = 0;
    int shipped = 0;
    for (OrderLine line : lines) {
      switch (line.state()) {
        case OPEN -> open++;
        case ALLOCATED -> allocated++;
        case SHIPPED -> shipped++;
        case CANCELLED -> { }
      }
    }
    if (open + allocated + shipped == 0) {
      return CANCELLED;
    }
    if (open > 0) {
      return allocated + shipped == 0 ? OPEN : PARTLY_ALLOCATED;
    }
    return allocated > 0 ? ALLOCATED : SHIPPED;
  }
}
