package dev.o2o.allocation.policy;

import dev.o2o.core.order.Order;

/** Which orders a policy allocates together: orders with equal keys are one group, shipped together or not at all. */
@FunctionalInterface
public interface Grouping {

  /** The key of the group {@code order} belongs to; equal keys, one group. */
  Object keyOf(Order order);
}
