package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.SkuCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One allocation decision's scratch pad: ranks the sources for some lines under a {@link SourcingRule}, and records
 * lines assigned to sources, net of which later questions are answered. Nothing leaves the draft unless the run applies
 * it to the {@link Availability}.
 */
public final class SourcingDraft {

  private final Availability availability;
  private final SourcingRule rule;
  private final List<Assignment> assignments = new ArrayList<>(1);
  /** The last question asked, kept while the policy asks about the same lines. */
  private Question last;

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
    return availability.sellable(sku, index) - assigned(sku, index);
  }

  /** What this draft assigned of {@code sku} at source {@code index}: a draft holds a shipment or a few. */
  private int assigned(SkuCode sku, int index) {
    int sum = 0;
    for (Assignment assignment : assignments) {
      if (assignment.index() == index) {
        for (Demand line : assignment.lines()) {
          if (line.sku().equals(sku)) {
            sum += line.quantity();
          }
        }
      }
    }
    return sum;
  }

  /**
   * Every source with what it could supply of {@code lines} (each line whole, in order, several lines of one SKU
   * adding up), best first under the rule.
   */
  public List<SourceCandidate> candidates(List<Demand> lines) {
    SourceCandidate[] candidates = weigh(lines).clone();
    if (candidates.length > 1) {
      Arrays.sort(candidates, rule.bestFirst());
    }
    return List.of(candidates);
  }

  /**
   * The best source under the rule among those {@code wanted} accepts for {@code lines}, if any: what
   * {@code candidates(lines)} would list first among them, found without ranking the others.
   */
  public Optional<SourceCandidate> best(List<Demand> lines, Predicate<SourceCandidate> wanted) {
    Comparator<SourceCandidate> bestFirst = rule.bestFirst();
    SourceCandidate best = null;
    for (SourceCandidate candidate : weigh(lines)) {
      if (wanted.test(candidate) && (best == null || bestFirst.compare(candidate, best) < 0)) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The best source under the rule among those that cover every one of {@code lines}, the whole shipment from one
   * location: {@code best(lines, SourceCandidate::coversAll)}, without weighing in full the sources that fall short.
   */
  public Optional<SourceCandidate> bestCoveringAll(List<Demand> lines) {
    Question question = question(lines);
    // When the rule ranks covering sources as they are listed, the first one found is the best: no other is weighed.
    boolean firstIsBest = rule.ranksWholeShipmentsBySourceOrder() && availability.inRankOrder();
    Comparator<SourceCandidate> bestFirst = rule.bestFirst();
    int[] scratch = new int[question.quantities.length];
    SourceCandidate best = null;
    for (int i = 0; i < availability.sources().size(); i++) {
      if (question.weigh(i, scratch, true)) {
        SourceCandidate candidate = question.candidate(i, firstIsBest ? scratch : scratch.clone());
        if (firstIsBest) {
          return Optional.of(candidate);
        }
        if (best == null || bestFirst.compare(candidate, best) < 0) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The source nearest to covering every one of {@code lines}: most lines covered, then fewest units short, then the
   * rule's order; empty when no location ships online orders. What a refusal names as the best location.
   */
  public Optional<SourceCandidate> closest(List<Demand> lines) {
    Comparator<SourceCandidate> bestFirst = rule.bestFirst();
    SourceCandidate closest = null;
    for (SourceCandidate candidate : weigh(lines)) {
      if (closest == null) {
        closest = candidate;
        continue;
      }
      int byLines = Integer.compare(candidate.linesCovered(), closest.linesCovered());
      int byShort = Integer.compare(closest.unitsShort(), candidate.unitsShort());
      if (byLines > 0 || byLines == 0 && (byShort > 0 || byShort == 0 && bestFirst.compare(candidate, closest) < 0)) {
        closest = candidate;
      }
    }
    return Optional.ofNullable(closest);
  }

  /** What source {@code index} could supply of {@code lines}. */
  public SourceCandidate candidate(List<Demand> lines, int index) {
    Objects.checkIndex(index, availability.sources().size());
    return question(lines).candidate(index);
  }

  /**
   * Every source's candidate for {@code lines}, in source order. A policy usually asks more than once about the same
   * lines (the best source, then, when none will do, all of them ranked): the last answer is kept until an assignment.
   */
  private SourceCandidate[] weigh(List<Demand> lines) {
    Question question = question(lines);
    if (question.weighed == null) {
      SourceCandidate[] weighed = new SourceCandidate[availability.sources().size()];
      for (int i = 0; i < weighed.length; i++) {
        weighed[i] = question.candidate(i);
      }
      question.weighed = weighed;
    }
    return question.weighed;
  }

  /** The question about {@code lines}: the last one again when asked about the same (immutable) list. */
  private Question question(List<Demand> lines) {
    List<Demand> asked = List.copyOf(lines);
    if (last == null || last.lines != asked) {
      last = new Question(asked);
    }
    return last;
  }

  /**
   * One question about some lines, read once for all sources: each line's quantity, where its SKU's row of the
   * availability starts (what every source may sell of it; -1 when it has none), the nearest earlier line of the same
   * SKU (-1 when none), whose units a source that covers it no longer has for this one, and, once asked for, every
   * source's candidate.
   */
  private final class Question {
    final List<Demand> lines;
    final int[] quantities;
    final int[] figures;
    final int[] rows;
    final int[] earlierOfSku;
    /** Every source's candidate, in source order; null until asked for, and again after an assignment. */
    SourceCandidate[] weighed;

    Question(List<Demand> lines) {
      this.lines = lines;
      this.quantities = SourceCandidate.quantitiesOf(lines);
      this.figures = availability.figures();
      this.rows = new int[lines.size()];
      this.earlierOfSku = new int[lines.size()];
      for (int l = 0; l < rows.length; l++) {
        SkuCode sku = lines.get(l).sku();
        rows[l] = availability.rowOf(sku);
        earlierOfSku[l] = -1;
        for (int k = l - 1; k >= 0; k--) {
          if (lines.get(k).sku().equals(sku)) {
            earlierOfSku[l] = k;
            break;
          }
        }
      }
    }

    /** What source {@code index} could supply. */
    SourceCandidate candidate(int index) {
      int[] left = new int[quantities.length];
      weigh(index, left, false);
      return candidate(index, left);
    }

    /** Source {@code index}'s candidate, {@code left} being what {@link #weigh} filled in for it. */
    SourceCandidate candidate(int index, int[] left) {
      return SourceCandidate.owning(availability.sources().get(index), index, lines, quantities, left);
    }

    /**
     * Fills {@code left[l]} with what source {@code index} has for line {@code l}: what it may sell, less what this
     * draft assigned there and what earlier covered lines of the same SKU took. Returns whether it covers every line;
     * with {@code stopWhenShort}, stops at the first line it does not cover.
     */
    boolean weigh(int index, int[] left, boolean stopWhenShort) {
      boolean all = true;
      for (int l = 0; l < quantities.length; l++) {
        int have = rows[l] < 0 ? 0 : figures[rows[l] + 1 + index];
        if (!assignments.isEmpty()) {
          have -= assigned(lines.get(l).sku(), index);
        }
        for (int k = earlierOfSku[l]; k >= 0; k = earlierOfSku[k]) {
          if (left[k] >= quantities[k]) {
            have -= quantities[k];
          }
        }
        left[l] = have;
        if (have < quantities[l]) {
          all = false;
          if (stopWhenShort) {
            return false;
          }
        }
      }
      return all;
    }
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
    assignments.add(new Assignment(candidate.location(), candidate.index(), candidate.covered()));
    if (last != null) {
      last.weighed = null;
    }
  }

  /** The assignments made, in the order they were made. */
  public List<Assignment> assignments() {
    return List.copyOf(assignments);
  }
}
