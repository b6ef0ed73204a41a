package dev.o2o.allocation.run;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.allocation.sourcing.Shortage;
import dev.o2o.core.order.OrderId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Why a run did not allocate an order. */
public sealed interface NotAllocatedReason {

  /** A sentence for staff. */
  String message();

  /** The order is under a shipment hold. */
  record Held(String reason) implements NotAllocatedReason {

    @Override
    public String message() {
      return "held: " + reason;
    }
  }

  /**
   * The policy stopped it: {@code why}, with the lines short and by how much at the best location. {@code group} lists
   * the orders allocated together (more than this one under BULK); the shortages may be other orders' of the group.
   */
  record Short(String policy, List<OrderId> group, String why, List<Shortage> shortages)
      implements NotAllocatedReason {

    /** Copies the lists. */
    public Short {
      requireText("policy", policy);
      requireText("why", why);
      group = List.copyOf(group);
      shortages = List.copyOf(shortages);
    }

    @Override
    public String message() {
      String together = group.size() > 1 ? " (allocated together with " + group + ")" : "";
      return policy + together + ": " + why + (shortages.isEmpty() ? "" : "; "
          + shortages.stream().map(Shortage::message).collect(Collectors.joining("; ")));
    }
  }

  /** The order names a policy the allocator does not know. */
  record UnknownPolicy(String name) implements NotAllocatedReason {

    /** Refuses a missing name. */
    public UnknownPolicy {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String message() {
      return "unknown allocation policy '" + name + "'";
    }
  }

  /** Between planning and committing, something changed (stock taken, the order held or changed by someone else). */
  record ChangedMeanwhile(String what) implements NotAllocatedReason {

    @Override
    public String message() {
      return "changed while being allocated: " + what + "; run again";
    }
  }
}
