package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.SkuStatus;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.status.StatusFlags;
import dev.o2o.core.status.StatusRevision;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link SkuStatusStore} port: current status and history, lookups by SKU and by flags, locking,
 * rollback. The SKUs it uses are saved in the backend's catalogue first, for adapters that tie statuses to it.
 */
public abstract class SkuStatusStoreContract {

  private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
  private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
  private static final Actor MERCHANDISER = Actor.staff("lee.seoyeon", LocationId.warehouse("WH-ICHEON"));
  private static final Actor SCHEDULER = Actor.system("status-import");
  private static final SkuCode BLACK_M = SkuCode.of("TS24-BLK-M");
  private static final SkuCode BLACK_L = SkuCode.of("TS24-BLK-L");
  private static final SkuCode WHITE_M = SkuCode.of("TS24-WHT-M");
  private static final SkuCode COAT = SkuCode.of("CT24-NAV-95");

  private CoreBackend backend;
  private SkuStatusStore store;
  private TransactionRunner transactions;

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    store = backend.skuStatusStore();
    transactions = backend.transactions();
    for (SkuCode sku : List.of(BLACK_M, BLACK_L, WHITE_M, COAT)) {
      StockFixtures.registerSku(backend.catalogue(), sku.value(), sku.value().substring(0, 4));
    }
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private static SkuStatus status(SkuCode sku, boolean closed, boolean reorder, boolean forcedSoldOut,
      boolean limitedStock) {
    return new SkuStatus(sku, closed, Optional.empty(), reorder, Optional.empty(), forcedSoldOut, limitedStock);
  }

  private void record(StatusRevision... revisions) {
    transactions.run(() -> store.record(List.of(revisions)));
  }

  @Test
  void givenNoStatusRecorded_whenFound_thenNothingIsFoundAndLockingGivesTheInitialStatus() {
    assertThat(store.find(BLACK_M)).isEmpty();
    assertThat(store.history(BLACK_M)).isEmpty();
    SortedMap<SkuCode, SkuStatus> locked =
        transactions.inTransaction(() -> store.lockStatuses(new TreeSet<>(List.of(BLACK_M, WHITE_M))));
    assertThat(locked).containsExactly(
        Map.entry(BLACK_M, SkuStatus.initial(BLACK_M)), Map.entry(WHITE_M, SkuStatus.initial(WHITE_M)));
  }

  @Test
  void givenRevisions_whenRecorded_thenTheLatestIsCurrentAndTheHistoryKeepsEveryOneWithWhoAndWhen() {
    SkuStatus closed = new SkuStatus(BLACK_M, true, Optional.of(MARCH_1), true, Optional.of(MARCH_1.plusDays(14)),
        false, true);
    SkuStatus soldOut = new SkuStatus(BLACK_M, true, Optional.of(MARCH_1), false, Optional.empty(), true, true);
    record(new StatusRevision(closed, T0, MERCHANDISER));
    record(new StatusRevision(soldOut, T0.plusSeconds(60), SCHEDULER));

    assertThat(store.find(BLACK_M)).contains(soldOut);
    assertThat(store.history(BLACK_M)).containsExactly(
        new StatusRevision(closed, T0, MERCHANDISER), new StatusRevision(soldOut, T0.plusSeconds(60), SCHEDULER));
    assertThat(store.history(WHITE_M)).isEmpty();
    assertThat(transactions.inTransaction(() -> store.lockStatuses(new TreeSet<>(List.of(BLACK_M)))))
        .containsEntry(BLACK_M, soldOut);
  }

  @Test
  void givenSeveralRevisionsOfOneSkuInOneCall_whenRecorded_thenTheLastIsCurrentAndBothAreInTheHistory() {
    StatusRevision first = new StatusRevision(status(COAT, false, true, false, false), T0, MERCHANDISER);
    StatusRevision second = new StatusRevision(status(COAT, false, true, true, false), T0, MERCHANDISER);
    StatusRevision other = new StatusRevision(status(WHITE_M, true, false, false, false), T0, MERCHANDISER);
    record(first, other, second);
    assertThat(store.find(COAT)).contains(second.status());
    assertThat(store.find(WHITE_M)).contains(other.status());
    assertThat(store.history(COAT)).containsExactly(first, second);
  }

  @Test
  void givenStatuses_whenFoundAmongSkus_thenOnlyRecordedOnesComeBackSortedBySku() {
    record(new StatusRevision(status(WHITE_M, false, false, true, false), T0, MERCHANDISER),
        new StatusRevision(status(BLACK_M, false, false, false, true), T0, MERCHANDISER));
    assertThat(store.findAll(List.of(WHITE_M, COAT, BLACK_M, WHITE_M, SkuCode.of("NOT-IN-STORE"))))
        .extracting(SkuStatus::sku).containsExactly(BLACK_M, WHITE_M);
    assertThat(store.findAll(List.of())).isEmpty();
  }

  @Test
  void givenStatuses_whenFoundByFlags_thenEveryRecordedStatusWithThoseFlagsComesBackSortedBySku() {
    record(new StatusRevision(status(BLACK_M, false, false, true, false), T0, MERCHANDISER),
        new StatusRevision(status(BLACK_L, false, true, true, true), T0, MERCHANDISER),
        new StatusRevision(status(WHITE_M, true, false, false, true), T0, MERCHANDISER),
        new StatusRevision(status(COAT, false, false, false, false), T0, MERCHANDISER));

    assertThat(store.findFlagged(StatusFlags.any().forcedSoldOut(true))).extracting(SkuStatus::sku)
        .containsExactly(BLACK_L, BLACK_M);
    assertThat(store.findFlagged(StatusFlags.any().forcedSoldOut(true).limitedStock(true)))
        .extracting(SkuStatus::sku).containsExactly(BLACK_L);
    assertThat(store.findFlagged(StatusFlags.any().limitedStock(true).reorder(false)))
        .extracting(SkuStatus::sku).containsExactly(WHITE_M);
    assertThat(store.findFlagged(StatusFlags.any().closed(true))).extracting(SkuStatus::sku).containsExactly(WHITE_M);
    assertThat(store.findFlagged(StatusFlags.any().closed(false).forcedSoldOut(false))).extracting(SkuStatus::sku)
        .containsExactly(COAT);
    assertThat(store.findFlagged(StatusFlags.any())).hasSize(4);
  }

  @Test
  void givenRecordInsideAFailedTransaction_whenRolledBack_thenNeitherTheStatusNorTheHistoryChanged() {
    StatusRevision kept = new StatusRevision(status(BLACK_M, false, false, true, false), T0, MERCHANDISER);
    record(kept);
    assertThatThrownBy(() -> transactions.run(() -> {
      store.lockStatuses(new TreeSet<>(List.of(BLACK_M, WHITE_M)));
      store.record(List.of(new StatusRevision(status(BLACK_M, true, false, false, false), T0, MERCHANDISER),
          new StatusRevision(status(WHITE_M, true, false, false, false), T0, MERCHANDISER)));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(store.find(BLACK_M)).contains(kept.status());
    assertThat(store.history(BLACK_M)).containsExactly(kept);
    assertThat(store.find(WHITE_M).filter(s -> !s.isInitial())).isEmpty();
    assertThat(store.history(WHITE_M)).isEmpty();
  }

  @Test
  void givenManyWritersAtOnce_whenEachReadsLockedAndWritesTheNextStatus_thenNoUpdateIsLost() throws Exception {
    int writers = 4;
    int rounds = 25;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      running.add(pool.submit(() -> {
        for (int r = 0; r < rounds; r++) {
          transactions.run(() -> {
            SkuStatus now = store.lockStatuses(new TreeSet<>(List.of(BLACK_M, WHITE_M))).get(BLACK_M);
            // The reorder date counts the writes: a lost update would leave it short.
            LocalDate next = now.reorderDate().map(d -> d.plusDays(1)).orElse(MARCH_1);
            store.record(List.of(new StatusRevision(
                new SkuStatus(BLACK_M, false, Optional.empty(), true, Optional.of(next), false, false), T0,
                MERCHANDISER)));
          });
        }
      }));
    }
    for (Future<?> writer : running) {
      writer.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    assertThat(store.find(BLACK_M).flatMap(SkuStatus::reorderDate))
        .contains(MARCH_1.plusDays(writers * rounds - 1L));
    assertThat(store.history(BLACK_M)).hasSize(writers * rounds);
  }
}
