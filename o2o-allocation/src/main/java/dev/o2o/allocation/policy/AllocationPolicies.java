package dev.o2o.allocation.policy;

import java.util.List;

/** The built-in policies, each a named composition of a grouping and a fulfilment. */
public final class AllocationPolicies {

  /** Every open line of an order from one location, as one shipment, or nothing. */
  public static final AllocationPolicy COMPLETE =
      new ComposedPolicy("COMPLETE", Groupings.EACH_ORDER, Fulfilments.WHOLE_FROM_ONE_SOURCE);

  /** The lines of an order available now (one shipment per source location); the rest stay open for a later run. */
  public static final AllocationPolicy EARLY =
      new ComposedPolicy("EARLY", Groupings.EACH_ORDER, Fulfilments.AVAILABLE_LINES_FROM_FEWEST_SOURCES);

  /** The orders of one customer to one destination together, as one shipment from one location, or none of them. */
  public static final AllocationPolicy BULK =
      new ComposedPolicy("BULK", Groupings.SAME_CUSTOMER_AND_DESTINATION, Fulfilments.WHOLE_FROM_ONE_SOURCE);

  private AllocationPolicies() {}

  /** COMPLETE, EARLY and BULK. */
  public static List<AllocationPolicy> builtIn() {
    return List.of(COMPLETE, EARLY, BULK);
  }
}
