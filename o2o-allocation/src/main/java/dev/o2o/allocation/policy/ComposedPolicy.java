package dev.o2o.allocation.policy;

import static dev.o2o.core.model.Checks.requireCode;

import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.SourcingDraft;
import dev.o2o.core.order.Order;
import java.util.List;
import java.util.Objects;

/** A policy made of a name, a {@link Grouping} and a {@link Fulfilment}. */
public record ComposedPolicy(String name, Grouping grouping, Fulfilment fulfilment) implements AllocationPolicy {

  /** Refuses a blank name and missing parts. */
  public ComposedPolicy {
    requireCode("policy name", name);
    Objects.requireNonNull(grouping, "grouping of policy " + name);
    Objects.requireNonNull(fulfilment, "fulfilment of policy " + name);
  }

  @Override
  public Object groupKey(Order order) {
    return grouping.keyOf(order);
  }

  /** True for {@link Groupings#EACH_ORDER}. */
  @Override
  public boolean groupsEachOrderAlone() {
    return grouping == Groupings.EACH_ORDER;
  }

  @Override
  public Decision decide(List<Demand> lines, SourcingDraft draft) {
    return fulfilment.decide(lines, draft);
  }

  @Override
  public String toString() {
    return name;
  }
}
