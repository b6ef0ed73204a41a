package dev.o2o.allocation.policy;

import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.SourcingDraft;
import java.util.List;

/** Decides what of a group's open lines ships from where, asking the draft about sources and assigning lines in it. */
@FunctionalInterface
public interface Fulfilment {

  /** The decision for {@code lines} (in priority order: the group's orders, then line number). */
  Decision decide(List<Demand> lines, SourcingDraft draft);
}
