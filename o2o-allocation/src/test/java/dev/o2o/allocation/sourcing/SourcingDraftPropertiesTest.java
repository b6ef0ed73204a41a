package dev.o2o.allocation.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.location.Location;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.stock.PositionKey;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.stock.StockPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The figures a {@link SourcingDraft} works out for each source against a plain recomputation, and
 * {@link SourcingDraft#best}, {@link SourcingDraft#bestCoveringAll} and {@link SourcingDraft#closest} against
 * {@link SourcingDraft#candidates}, over random stock and lines, before and after an assignment.
 */
class SourcingDraftPropertiesTest {

  private static final List<Location> SOURCES = List.of(
      new Location(LocationId.warehouse("WH-B"), "B", true, 1),
      new Location(LocationId.warehouse("WH-A"), "A", true, 2),
      new Location(LocationId.store("ST-C"), "C", true, 2),
      new Location(LocationId.warehouse("WH-D"), "D", true, 3));
  /** The same sources as a directory lists them, by rank and then id: the order in which drafts may stop early. */
  private static final List<Location> IN_RANK_ORDER = SOURCES.stream().sorted(Location.SOURCING_ORDER).toList();
  /** The standard chain, without saying what it does with whole shipments: every source weighed and compared. */
  private static final SourcingRule STANDARD_WEIGHING_ALL = SourcingRules.WHOLE_SHIPMENT_FIRST
      .then(SourcingRules.MOST_LINES_FIRST).then(SourcingRules.BY_RANK);
  private static final SkuCode[] SKUS = {SkuCode.of("S-1"), SkuCode.of("S-2"), SkuCode.of("S-3")};
  private static final OrderId ORDER = OrderId.of("MALL", "1");

  @Test
  void eachCandidateCoversALineWhenWhatIsLeftAfterEarlierCoveredLinesOfItsSkuIsEnough() {
    qt().withExamples(500)
        .forAll(stock(), encodedLines())
        .checkAssert((stock, encodedLines) -> {
          SourcingDraft draft = new SourcingDraft(availability(stock), SourcingRules.standard());
          List<Demand> lines = lines(encodedLines);

          List<SourceCandidate> candidates = draft.candidates(lines);

          assertThat(candidates).hasSize(SOURCES.size());
          candidates.forEach(candidate -> assertMatchesRecomputation(candidate, stock, lines));
        });
  }

  @Test
  void askingAgainAboutTheSameLinesAfterAnAssignmentSeesWhatWasAssigned() {
    qt().withExamples(500)
        .forAll(stock(), encodedLines(), booleans().all())
        .checkAssert((stock, encodedLines, inRankOrder) -> {
          SourcingDraft draft = new SourcingDraft(availability(stock, inRankOrder ? IN_RANK_ORDER : SOURCES),
              SourcingRules.standard());
          // One immutable list asked about twice: the case in which the draft answers from what it weighed before.
          List<Demand> lines = List.copyOf(lines(encodedLines));
          Optional<SourceCandidate> some = draft.best(lines, c -> !c.coversNothing());
          if (some.isEmpty()) {
            return;
          }
          draft.assign(some.get());
          List<Integer> rest = new ArrayList<>(stock);
          for (Demand line : some.get().covered()) {
            int at = some.get().index() * SKUS.length + skuIndex(line);
            rest.set(at, rest.get(at) - line.quantity());
          }

          List<SourceCandidate> again = draft.candidates(lines);

          again.forEach(candidate -> assertMatchesRecomputation(candidate, rest, lines));
          Optional<SourceCandidate> whole = draft.bestCoveringAll(lines);
          assertThat(whole.map(SourceCandidate::index)).isEqualTo(
              again.stream().filter(SourceCandidate::coversAll).findFirst().map(SourceCandidate::index));
          whole.ifPresent(c -> assertMatchesRecomputation(c, rest, lines));
          for (int i = 0; i < SOURCES.size(); i++) {
            assertMatchesRecomputation(draft.candidate(lines, i), rest, lines);
          }
        });
  }

  @Test
  void onlyTheStandardRuleItselfSaysItRanksWholeShipmentsAsTheSourcesAreListed() {
    assertThat(IN_RANK_ORDER).isNotEqualTo(SOURCES);
    assertThat(SourcingRules.standard().ranksWholeShipmentsBySourceOrder()).isTrue();
    assertThat(STANDARD_WEIGHING_ALL.ranksWholeShipmentsBySourceOrder()).isFalse();
    assertThat(SourcingRules.standard().then(SourcingRules.WAREHOUSES_FIRST).ranksWholeShipmentsBySourceOrder())
        .isFalse();
  }

  /** The candidate's figures against a plain walk over the lines with what {@code stock} says its source may sell. */
  private static void assertMatchesRecomputation(SourceCandidate candidate, List<Integer> stock, List<Demand> lines) {
    int[] left = new int[SKUS.length];
    for (int s = 0; s < SKUS.length; s++) {
      left[s] = stock.get(candidate.index() * SKUS.length + s);
    }
    List<Demand> covered = new ArrayList<>();
    int unitsShort = 0;
    for (Demand line : lines) {
      int sku = skuIndex(line);
      if (left[sku] >= line.quantity()) {
        covered.add(line);
        left[sku] -= line.quantity();
      } else {
        unitsShort += line.quantity() - Math.max(0, left[sku]);
      }
    }
    assertThat(candidate.covered()).containsExactlyElementsOf(covered);
    assertThat(candidate.linesCovered()).isEqualTo(covered.size());
    assertThat(candidate.shortages()).hasSize(lines.size() - covered.size());
    assertThat(candidate.unitsShort()).isEqualTo(unitsShort);
    assertThat(candidate.coversAll()).isEqualTo(covered.size() == lines.size());
  }

  private static int skuIndex(Demand line) {
    return Integer.parseInt(line.sku().value().substring(2)) - 1;
  }

  @Test
  void theBestCandidateAnswerIsTheFirstAcceptedCandidateInRankedOrder() {
    qt().withExamples(1_000)
        .forAll(stock(), encodedLines(), booleans().all())
        .checkAssert((stock, encodedLines, inRankOrder) -> {
          List<Location> sources = inRankOrder ? IN_RANK_ORDER : SOURCES;
          SourcingDraft draft = new SourcingDraft(availability(stock, sources), SourcingRules.standard());
          List<Demand> lines = lines(encodedLines);
          assertThat(draft.bestCoveringAll(lines).map(c -> c.location().id())).isEqualTo(
              new SourcingDraft(availability(stock, sources), STANDARD_WEIGHING_ALL).bestCoveringAll(lines)
                  .map(c -> c.location().id()));

          Optional<SourceCandidate> whole = draft.best(lines, SourceCandidate::coversAll);
          Optional<SourceCandidate> some = draft.best(lines, c -> !c.coversNothing());
          Optional<SourceCandidate> wholeAtOnce = draft.bestCoveringAll(lines);

          List<SourceCandidate> ranked = draft.candidates(lines);
          assertThat(whole.map(c -> c.location().id()))
              .isEqualTo(ranked.stream().filter(SourceCandidate::coversAll).findFirst().map(c -> c.location().id()));
          assertThat(some.map(c -> c.location().id()))
              .isEqualTo(ranked.stream().filter(c -> !c.coversNothing()).findFirst().map(c -> c.location().id()));
          assertThat(wholeAtOnce.map(c -> c.location().id())).isEqualTo(whole.map(c -> c.location().id()));
          SourceCandidate closest = ranked.get(0);
          for (SourceCandidate candidate : ranked) {
            int byLines = Integer.compare(candidate.linesCovered(), closest.linesCovered());
            if (byLines > 0 || (byLines == 0 && candidate.unitsShort() < closest.unitsShort())) {
              closest = candidate;
            }
          }
          assertThat(draft.closest(lines).map(SourceCandidate::index)).contains(closest.index());
          wholeAtOnce.ifPresent(c -> assertMatchesRecomputation(c, stock, lines));
        });
  }

  /** What each source may sell of each SKU, 0 to 4 units, indexed as {@link #availability} reads it. */
  private static Gen<List<Integer>> stock() {
    return lists().of(integers().between(0, 4)).ofSize(SOURCES.size() * SKUS.length);
  }

  /** One to six lines, each encoded as {@link #lines} reads it. */
  private static Gen<List<Integer>> encodedLines() {
    return lists().of(integers().between(0, SKUS.length * 3 - 1)).ofSizeBetween(1, 6);
  }

  /** stock.get(source * SKUS.length + sku): what each source may sell of each SKU. */
  private static Availability availability(List<Integer> stock) {
    return availability(stock, SOURCES);
  }

  /** {@link #availability(List)} with the sources listed as given: stock is indexed by their places there. */
  private static Availability availability(List<Integer> stock, List<Location> sources) {
    List<StockPosition> positions = new ArrayList<>();
    for (int source = 0; source < sources.size(); source++) {
      for (int s = 0; s < SKUS.length; s++) {
        int units = stock.get(source * SKUS.length + s);
        positions.add(StockPosition.empty(PositionKey.of(SKUS[s], sources.get(source).id()))
            .withFigures(new StockFigures(units, 0, 0, 0, 0)));
      }
    }
    return Availability.of(sources, positions);
  }

  /** Each code: SKU (code % 3) and quantity (code / 3 + 1). */
  private static List<Demand> lines(List<Integer> codes) {
    List<Demand> lines = new ArrayList<>();
    for (int code : codes) {
      lines.add(new Demand(ORDER, lines.size() + 1, SKUS[code % SKUS.length], code / SKUS.length + 1));
    }
    return lines;
  }
}
