package dev.o2o.allocation.policy;

import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.SourcingDraft;
import dev.o2o.core.order.Order;
import java.util.List;

/**
 * An allocation policy, chosen per run and overridable per order by its {@link #name()}: which orders go together and
 * what of their lines ships from where. The built-in ones are in {@link AllocationPolicies}; a host may write its own.
 */
public interface AllocationPolicy {

  /** The name orders and runs choose the policy by, for example {@code COMPLETE}. */
  String name();

  /** Orders whose keys are equal are allocated together, as one decision. */
  Object groupKey(Order order);

  /**
   * Whether every order is a group of its own, whatever {@link #groupKey} says; a run then files each order without
   * comparing keys. False by default: orders are grouped by their keys.
   */
  default boolean groupsEachOrderAlone() {
    return false;
  }

  /** The decision for a group's open lines. */
  Decision decide(List<Demand> lines, SourcingDraft draft);
}
