package dev.o2o.allocation.policy;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.allocation.sourcing.Assignment;
import dev.o2o.allocation.sourcing.Shortage;
import java.util.List;

/** What a policy decided for a group of lines: ship some or all of them (one shipment per assignment), or none. */
public sealed interface Decision {

  /** Ship {@code shipments}; the lines in {@code left} stay open, short as said. */
  record Allocate(List<Assignment> shipments, List<Shortage> left) implements Decision {

    /** Copies the lists; refuses a decision to allocate nothing. */
    public Allocate {
      shipments = List.copyOf(shipments);
      left = List.copyOf(left);
      if (shipments.isEmpty()) {
        throw new IllegalArgumentException("a decision to allocate needs at least one shipment");
      }
    }
  }

  /** Allocate none of the lines, because of {@code why}; {@code shortages} say which lines are short and where. */
  record Refuse(String why, List<Shortage> shortages) implements Decision {

    /** Copies the list; refuses a blank reason. */
    public Refuse {
      requireText("why", why);
      shortages = List.copyOf(shortages);
    }
  }
}
