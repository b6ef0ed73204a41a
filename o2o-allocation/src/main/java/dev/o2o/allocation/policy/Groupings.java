package dev.o2o.allocation.policy;

import dev.o2o.core.order.Destination;
import dev.o2o.core.order.Order;

/** The built-in groupings. */
public enum Groupings implements Grouping {

  /** Every order on its own. */
  EACH_ORDER {
    @Override
    public Object keyOf(Order order) {
      return order.id();
    }
  },

  /** The orders of one customer to one destination together. */
  SAME_CUSTOMER_AND_DESTINATION {
    @Override
    public Object keyOf(Order order) {
      return new CustomerAndDestination(order.customer().id(), order.destination());
    }
  };

  /** The key of {@link #SAME_CUSTOMER_AND_DESTINATION}. */
  private record CustomerAndDestination(String customer, Destination destination) {}
}
