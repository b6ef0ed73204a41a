package dev.o2o.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.catalog.UnknownSkuException;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemorySkuStatusStore;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SkuStatusesTest {

  private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
  private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
  private static final Actor MERCHANDISER = Actor.staff("lee.seoyeon", LocationId.warehouse("WH-ICHEON"));
  private static final StyleCode TEE = StyleCode.of("TS24");
  private static final SkuCode BLACK_M = SkuCode.of("TS24-BLK-M");
  private static final SkuCode WHITE_M = SkuCode.of("TS24-WHT-M");
  private static final SkuCode COAT = SkuCode.of("CT24-NAV-95");

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  private final InMemorySkuStatusStore store = new InMemorySkuStatusStore(transactions);
  private final ManualClock clock = ManualClock.at(T0);
  private final List<List<StatusChange>> heard = new ArrayList<>();
  private SkuStatuses statuses;

  @BeforeEach
  void setUp() {
    StockFixtures.registerSku(catalogue, BLACK_M.value(), "TS24");
    StockFixtures.registerSku(catalogue, WHITE_M.value(), "TS24");
    StockFixtures.registerSku(catalogue, COAT.value(), "CT24");
    statuses = new SkuStatuses(store, catalogue, transactions, clock, List.of(heard::add));
  }

  private static StatusUpdate.Builder update() {
    return StatusUpdate.builder();
  }

  @Test
  void givenSkuNobodySet_whenRead_thenItHasTheInitialStatusAndNoHistory() {
    assertThat(statuses.statusOf(BLACK_M)).isEqualTo(SkuStatus.initial(BLACK_M));
    assertThat(statuses.history(BLACK_M)).isEmpty();
  }

  @Test
  void givenOneSku_whenItsStatusIsSet_thenOnlyItChangesAndTheHistorySaysWhoAndWhen() {
    List<StatusChange> changes = statuses.change(
        ChangeStatus.ofSku(BLACK_M, update().closedFrom(MARCH_1).forcedSoldOut(true).build(), MERCHANDISER));

    SkuStatus expected = new SkuStatus(BLACK_M, true, Optional.of(MARCH_1), false, Optional.empty(), true, false);
    assertThat(changes).containsExactly(new StatusChange(SkuStatus.initial(BLACK_M), expected, T0, MERCHANDISER));
    assertThat(statuses.statusOf(BLACK_M)).isEqualTo(expected);
    assertThat(statuses.statusOf(WHITE_M)).isEqualTo(SkuStatus.initial(WHITE_M));
    assertThat(statuses.history(BLACK_M)).containsExactly(new StatusRevision(expected, T0, MERCHANDISER));
    assertThat(heard).containsExactly(changes);
  }

  @Test
  void givenAStyle_whenItsStatusIsSet_thenEverySkuOfTheStyleChangesAndNoOther() {
    clock.advance(Duration.ofMinutes(5));
    List<StatusChange> changes = statuses.change(
        ChangeStatus.ofStyle(TEE, update().reorderOn(MARCH_1).limitedStock(true).build(), MERCHANDISER));

    assertThat(changes).extracting(StatusChange::sku).containsExactly(BLACK_M, WHITE_M);
    assertThat(changes).allSatisfy(c -> assertThat(c.at()).isEqualTo(T0.plus(Duration.ofMinutes(5))));
    assertThat(statuses.statusOf(WHITE_M).reorderDate()).contains(MARCH_1);
    assertThat(statuses.statusOf(COAT)).isEqualTo(SkuStatus.initial(COAT));
  }

  @Test
  void givenAClosedSku_whenOnlyTheClosingDateIsGiven_thenTheDateMovesAndTheSkuStaysClosed() {
    statuses.change(ChangeStatus.ofSku(COAT, update().closedFrom(MARCH_1).build(), MERCHANDISER));
    statuses.change(ChangeStatus.ofSku(COAT, update().closingDate(MARCH_1.plusDays(7)).build(), MERCHANDISER));
    assertThat(statuses.statusOf(COAT).closingDate()).contains(MARCH_1.plusDays(7));
    assertThat(statuses.statusOf(COAT).closed()).isTrue();
  }

  @Test
  void givenAClosedSku_whenReopened_thenItsClosingDateGoesWithIt() {
    statuses.change(ChangeStatus.ofSku(COAT, update().closedFrom(MARCH_1).build(), MERCHANDISER));
    statuses.change(ChangeStatus.ofSku(COAT, update().closed(false).build(), MERCHANDISER));
    assertThat(statuses.statusOf(COAT)).isEqualTo(SkuStatus.initial(COAT));
    assertThat(statuses.history(COAT)).hasSize(2);
  }

  @Test
  void givenAnUpdateThatChangesNothing_whenApplied_thenNoHistoryIsWrittenAndNoListenerHears() {
    statuses.change(ChangeStatus.ofSku(COAT, update().forcedSoldOut(true).build(), MERCHANDISER));
    heard.clear();
    List<StatusChange> changes =
        statuses.change(ChangeStatus.ofSku(COAT, update().forcedSoldOut(true).build(), MERCHANDISER));
    assertThat(changes).isEmpty();
    assertThat(heard).isEmpty();
    assertThat(statuses.history(COAT)).hasSize(1);
  }

  @Test
  void givenAnOpenSku_whenAClosingDateIsGivenAlone_thenItIsRefusedNamingTheSkuAndTheFieldAndNothingChanges() {
    assertThatThrownBy(() -> statuses.change(
        ChangeStatus.ofSku(COAT, update().closingDate(MARCH_1).build(), MERCHANDISER)))
        .isInstanceOfSatisfying(InvalidStatusException.class, e -> {
          assertThat(e.sku()).isEqualTo(COAT);
          assertThat(e.field()).isEqualTo(StatusField.CLOSING_DATE);
        })
        .hasMessageContaining("CT24-NAV-95").hasMessageContaining("closing date");
    assertThat(statuses.history(COAT)).isEmpty();
  }

  @Test
  void givenContradictoryInput_whenAReorderDateComesWithReorderOff_thenItIsRefusedNamingTheField() {
    assertThatThrownBy(() -> statuses.change(ChangeStatus.ofSku(
        BLACK_M, update().reorder(false).reorderDate(MARCH_1).build(), MERCHANDISER)))
        .isInstanceOfSatisfying(InvalidStatusException.class,
            e -> assertThat(e.field()).isEqualTo(StatusField.REORDER_DATE))
        .hasMessage("status of SKU TS24-BLK-M, reorder date: a reorder date (2027-03-01) needs reorder set");
  }

  @Test
  void givenAStyleWhereOneSkuWouldBeContradictory_whenChanged_thenNoSkuOfTheStyleChanges() {
    statuses.change(ChangeStatus.ofSku(BLACK_M, update().closed(true).build(), MERCHANDISER));
    heard.clear();
    assertThatThrownBy(() -> statuses.change(ChangeStatus.ofStyle(
        TEE, update().closingDate(MARCH_1).forcedSoldOut(true).build(), MERCHANDISER)))
        .isInstanceOfSatisfying(InvalidStatusException.class, e -> assertThat(e.sku()).isEqualTo(WHITE_M));
    assertThat(statuses.statusOf(BLACK_M).closingDate()).isEmpty();
    assertThat(statuses.statusOf(BLACK_M).forcedSoldOut()).isFalse();
    assertThat(heard).isEmpty();
  }

  @Test
  void givenAListenerThatFails_whenAStatusChanges_thenTheChangeIsRolledBack() {
    SkuStatuses failing = new SkuStatuses(store, catalogue, transactions, clock, List.of(changes -> {
      throw new IllegalStateException("outbox down");
    }));
    assertThatThrownBy(() -> failing.change(
        ChangeStatus.ofSku(COAT, update().forcedSoldOut(true).build(), MERCHANDISER))).hasMessage("outbox down");
    assertThat(statuses.statusOf(COAT)).isEqualTo(SkuStatus.initial(COAT));
    assertThat(statuses.history(COAT)).isEmpty();
  }

  @Test
  void givenUnknownSkuOrEmptyStyle_whenChanged_thenItIsRefusedNamingIt() {
    StatusUpdate soldOut = update().forcedSoldOut(true).build();
    assertThatThrownBy(() -> statuses.change(ChangeStatus.ofSku(SkuCode.of("NO-SUCH"), soldOut, MERCHANDISER)))
        .isInstanceOf(UnknownSkuException.class).hasMessageContaining("NO-SUCH");
    assertThatThrownBy(() -> statuses.change(ChangeStatus.ofStyle(StyleCode.of("ZZ99"), soldOut, MERCHANDISER)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ99");
    assertThatThrownBy(() -> statuses.statusOf(SkuCode.of("NO-SUCH"))).isInstanceOf(UnknownSkuException.class);
  }

  @Test
  void givenAnEmptyUpdate_whenBuilt_thenItIsRefused() {
    assertThatThrownBy(() -> update().build()).hasMessageContaining("at least one field");
  }

  @Test
  void givenStatuses_whenQueriedByStyleAndFlags_thenEveryCombinationFindsItsSkus() {
    statuses.change(ChangeStatus.ofSku(BLACK_M, update().forcedSoldOut(true).build(), MERCHANDISER));
    statuses.change(ChangeStatus.ofSku(COAT, update().forcedSoldOut(true).limitedStock(true).build(), MERCHANDISER));

    assertThat(statuses.query(StatusQuery.ofStyle(TEE).withFlags(StatusFlags.any().forcedSoldOut(true))))
        .extracting(SkuStatus::sku).containsExactly(BLACK_M);
    assertThat(statuses.query(StatusQuery.ofStyle(TEE).withFlags(StatusFlags.any().forcedSoldOut(false))))
        .extracting(SkuStatus::sku).containsExactly(WHITE_M);
    assertThat(statuses.query(StatusQuery.everySku().withFlags(StatusFlags.any().forcedSoldOut(true))))
        .extracting(SkuStatus::sku).containsExactly(COAT, BLACK_M);
    assertThat(statuses.query(StatusQuery.everySku().withFlags(StatusFlags.any().limitedStock(false))))
        .extracting(SkuStatus::sku).containsExactly(BLACK_M, WHITE_M);
    assertThat(statuses.query(StatusQuery.everySku())).hasSize(3);
    assertThat(statuses.query(StatusQuery.ofStyle(StyleCode.of("ZZ99")))).isEmpty();
  }
}
