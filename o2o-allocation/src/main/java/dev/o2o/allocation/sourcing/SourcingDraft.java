package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.SkuCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One allocation decision's scratch pad: ranks the sources for some lines under a {@link SourcingRule}, and records
 * lines assigned to sources, net of which later questions are answered. Nothing leaves the draft unless the run applies
 * it to the {@link Availability}.
 */
public final class SourcingDraft {

  private final Availability availability;
  private final SourcingRule rule;
  private final List<Assignment> assignments = new ArrayList<>(1);
  private Map<SkuCode, int[]> assigned = Map.of();

  public SourcingDraft(Availability availability, SourcingRule rule) {
    this.availability = Objects.requireNonNull(availability, "availability");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /** The sources of the run, best configured rank first. */
  public List<Location> sources() {
    return availability.sources();
  }

  /** What source {@code index} may still sell of {@code sku}, less what this draft assigned there. */
  public int sellable(SkuCode sku, int index) {
    int[] taken = assigned.get(sku);
    return availability.sellable(sku, index) - (taken == null ? 0 : taken[index]);
  }

  /**
   * Every source with what it could supply of {@code lines} (each line whole, in order, several lines of one SKU
   * adding up), best first under the rule.
   */
  public List<SourceCandidate> candidates(List<Demand> lines) {
    List<Location> sources = availability.sources();
    List<SourceCandidate> candidates = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      candidates.add(candidate(lines, i));
    }
    candidates.sort(rule.bestFirst());
    return candidates;
  }

  /** What source {@code index} could supply of {@code lines}. */
  public SourceCandidate candidate(List<Demand> lines, int index) {
    List<Demand> covered = new ArrayList<>(lines.size());
    List<Shortage> shortages = List.of();
    int units = 0;
    for (int l = 0; l < lines.size(); l++) {
      Demand line = lines.get(l);
      int left = sellable(line.sku(), index) - alreadyCovered(covered, line.sku());
      if (left >= line.quantity()) {
        covered.add(line);
        units += line.quantity();
      } else {
        if (shortages.isEmpty()) {
          shortages = new ArrayList<>(lines.size() - l);
        }
        shortages.add(new Shortage(line, Optional.of(availability.sources().get(index).id()), Math.max(0, left)));
      }
    }
    return new SourceCandidate(availability.sources().get(index), index, covered, shortages, units);
  }

  private static int alreadyCovered(List<Demand> covered, SkuCode sku) {
    int sum = 0;
    for (Demand line : covered) {
      if (line.sku().equals(sku)) {
        sum += line.quantity();
      }
    }
    return sum;
  }

  /**
   * Where a single line that no source covers is least short: the source with most sellable of its SKU (ties by
   * rank). Throws when some source does cover it.
   */
  public Shortage shortage(Demand line) {
    List<Location> sources = availability.sources();
    if (sources.isEmpty()) {
      return new Shortage(line, Optional.empty(), 0);
    }
    int best = 0;
    for (int i = 1; i < sources.size(); i++) {
      if (sellable(line.sku(), i) > sellable(line.sku(), best)) {
        best = i;
      }
    }
    return new Shortage(line, Optional.of(sources.get(best).id()), Math.max(0, sellable(line.sku(), best)));
  }

  /** Assigns the lines {@code candidate} covers to its source. */
  public void assign(SourceCandidate candidate) {
    if (candidate.coversNothing()) {
      throw new IllegalArgumentException("candidate " + candidate.location().id() + " covers no line");
    }
    if (assigned.isEmpty()) {
      assigned = new HashMap<>();
    }
    for (Demand line : candidate.covered()) {
      assigned.computeIfAbsent(line.sku(), s -> new int[availability.sources().size()])[candidate.index()] +=
          line.quantity();
    }
    assignments.add(new Assignment(candidate.location(), candidate.index(), candidate.covered()));
  }

  /** The assignments made, in the order they were made. */
  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }
}
