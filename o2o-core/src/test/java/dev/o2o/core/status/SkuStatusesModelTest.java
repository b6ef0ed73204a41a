package dev.o2o.core.status;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemorySkuStatusStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;

/**
 * {@link SkuStatuses} against a model written apart from {@link StatusUpdate#applyTo}: after every command, each SKU's
 * status and the length of its history are the model's. Refused commands change nothing; a style changes all its SKUs
 * or none; an update that changes nothing leaves no history.
 */
class SkuStatusesModelTest {

  private static final List<SkuCode> SKUS =
      List.of(SkuCode.of("TS24-BLK-M"), SkuCode.of("TS24-WHT-M"), SkuCode.of("CT24-NAV-95"));
  private static final StyleCode TEE = StyleCode.of("TS24");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 8));
  private static final Actor MERCHANDISER = Actor.system("model-test");

  /** The model's status of one SKU, and how many changes its history holds. */
  record Modelled(boolean closed, Optional<LocalDate> closingDate, boolean reorder, Optional<LocalDate> reorderDate,
      boolean forcedSoldOut, boolean limitedStock, int changes) {

    static final Modelled INITIAL = new Modelled(false, Optional.empty(), false, Optional.empty(), false, false, 0);
  }

  /** Every SKU's modelled status. */
  record Model(Map<SkuCode, Modelled> skus) {}

  /** A change of one SKU (0 to 2) or of the style TS24 (3), each field set or left as it is. */
  record Change(int target, Optional<Boolean> closed, Optional<LocalDate> closingDate, Optional<Boolean> reorder,
      Optional<LocalDate> reorderDate, Optional<Boolean> forcedSoldOut, Optional<Boolean> limitedStock)
      implements Command<SkuStatuses, Model> {

    List<SkuCode> targets() {
      return target < SKUS.size() ? List.of(SKUS.get(target)) : SKUS.subList(0, 2);
    }

    @Override
    public void run(SkuStatuses statuses) {
      StatusUpdate update =
          new StatusUpdate(closed, closingDate, reorder, reorderDate, forcedSoldOut, limitedStock);
      ChangeStatus command = target < SKUS.size()
          ? ChangeStatus.ofSku(SKUS.get(target), update, MERCHANDISER)
          : ChangeStatus.ofStyle(TEE, update, MERCHANDISER);
      try {
        statuses.change(command);
      } catch (InvalidStatusException refused) {
        // the model says whether it should have been
      }
    }

    @Override
    public Model nextState(Model model) {
      Map<SkuCode, Modelled> next = new LinkedHashMap<>(model.skus());
      for (SkuCode sku : targets()) {
        Modelled old = model.skus().get(sku);
        boolean isClosed = closed.orElse(old.closed());
        Optional<LocalDate> closing = closingDate.isPresent() ? closingDate
            : closed.isPresent() ? Optional.empty() : old.closingDate();
        boolean isReorder = reorder.orElse(old.reorder());
        Optional<LocalDate> reorderOn = reorderDate.isPresent() ? reorderDate
            : reorder.isPresent() ? Optional.empty() : old.reorderDate();
        if ((closing.isPresent() && !isClosed) || (reorderOn.isPresent() && !isReorder)) {
          return model; // refused: nothing changes, for any SKU of the target
        }
        Modelled updated = new Modelled(isClosed, closing, isReorder, reorderOn,
            forcedSoldOut.orElse(old.forcedSoldOut()), limitedStock.orElse(old.limitedStock()), old.changes());
        next.put(sku, updated.equals(old) ? old : withChanges(updated, old.changes() + 1));
      }
      return new Model(next);
    }

    private static Modelled withChanges(Modelled m, int changes) {
      return new Modelled(m.closed(), m.closingDate(), m.reorder(), m.reorderDate(), m.forcedSoldOut(),
          m.limitedStock(), changes);
    }
  }

  private static <T> Gen<Optional<T>> sometimes(Gen<T> values) {
    return integers().between(0, 2).zip(values, (coin, value) -> coin == 0 ? Optional.of(value) : Optional.empty());
  }

  private static Gen<Change> changes() {
    Gen<Optional<Boolean>> flags = sometimes(integers().between(0, 1).map(i -> i == 1));
    Gen<Optional<LocalDate>> dates = sometimes(integers().between(0, DATES.size() - 1).map(DATES::get));
    Gen<Change> raw = integers().between(0, 3).zip(flags, dates, flags, (target, closed, closing, reorder) ->
        new Change(target, closed, closing, reorder, Optional.empty(), Optional.empty(), Optional.empty()));
    return raw.zip(dates, flags, flags, (c, reorderDate, soldOut, limited) -> {
      boolean empty = c.closed().isEmpty() && c.closingDate().isEmpty() && c.reorder().isEmpty()
          && reorderDate.isEmpty() && soldOut.isEmpty() && limited.isEmpty();
      // An update must set a field: an empty one becomes "forced sold-out".
      return new Change(c.target(), c.closed(), c.closingDate(), c.reorder(), reorderDate,
          empty ? Optional.of(true) : soldOut, limited);
    });
  }

  private static SkuStatuses freshStatuses() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
    SKUS.forEach(sku -> StockFixtures.registerSku(catalogue, sku.value(), sku.value().substring(0, 4)));
    return new SkuStatuses(new InMemorySkuStatusStore(transactions), catalogue, transactions,
        ManualClock.at(Instant.parse("2026-11-02T01:00:00Z")));
  }

  private static Model read(SkuStatuses statuses) {
    Map<SkuCode, Modelled> skus = new LinkedHashMap<>();
    for (SkuCode sku : SKUS) {
      SkuStatus s = statuses.statusOf(sku);
      skus.put(sku, new Modelled(s.closed(), s.closingDate(), s.reorder(), s.reorderDate(), s.forcedSoldOut(),
          s.limitedStock(), statuses.history(sku).size()));
    }
    return new Model(skus);
  }

  @Test
  void givenAnySequenceOfStatusChanges_whenEachIsApplied_thenStatusesAndHistoriesFollowTheModel() {
    Map<SkuCode, Modelled> initial = new LinkedHashMap<>();
    SKUS.forEach(sku -> initial.put(sku, Modelled.INITIAL));
    qt().withExamples(1000).forAll(lists().of(changes()).ofSizeBetween(1, 30))
        .checkAssert(commands -> Sequential.modelCheck(new Model(initial), commands, m -> freshStatuses(),
            SkuStatusesModelTest::read));
  }
}
