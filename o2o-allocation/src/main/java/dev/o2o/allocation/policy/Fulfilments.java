package dev.o2o.allocation.policy;

import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.Shortage;
import dev.o2o.allocation.sourcing.SourceCandidate;
import dev.o2o.allocation.sourcing.SourcingDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The built-in fulfilments. */
public enum Fulfilments implements Fulfilment {

  /** Every line from one location, as one shipment, or nothing: the best source that covers all of them. */
  WHOLE_FROM_ONE_SOURCE {
    @Override
    public Decision decide(List<Demand> lines, SourcingDraft draft) {
      if (draft.sources().isEmpty()) {
        return new Decision.Refuse("no location ships online orders",
            lines.stream().map(draft::shortage).toList());
      }
      Optional<SourceCandidate> whole = draft.bestCoveringAll(lines);
      if (whole.isPresent()) {
        draft.assign(whole.get());
        return new Decision.Allocate(draft.assignments(), List.of());
      }
      SourceCandidate closest = draft.closest(lines).orElseThrow();
      return new Decision.Refuse("no one location has every line; closest is " + closest.location().id()
          + " with " + closest.linesCovered() + " of " + lines.size() + " line(s)", closest.shortages());
    }
  },

  /**
   * The lines available now, each whole, from as few sources as the rule finds (one shipment per source); the others
   * stay open for a later run.
   */
  AVAILABLE_LINES_FROM_FEWEST_SOURCES {
    @Override
    public Decision decide(List<Demand> lines, SourcingDraft draft) {
      List<Demand> remaining = lines;
      while (!remaining.isEmpty()) {
        Optional<SourceCandidate> some = draft.best(remaining, candidate -> !candidate.coversNothing());
        if (some.isEmpty()) {
          break;
        }
        SourceCandidate best = some.get();
        draft.assign(best);
        List<Demand> next = new ArrayList<>(best.shortages().size());
        best.shortages().forEach(s -> next.add(s.line()));
        remaining = next;
      }
      List<Shortage> left = remaining.stream().map(draft::shortage).toList();
      if (draft.assignments().isEmpty()) {
        return new Decision.Refuse("no line is available at any location", left);
      }
      return new Decision.Allocate(draft.assignments(), left);
    }
  };
}
