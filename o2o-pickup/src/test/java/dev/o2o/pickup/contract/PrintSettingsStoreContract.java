package dev.o2o.pickup.contract;

import static dev.o2o.pickup.contract.PickupFixtures.GANGNAM;
import static dev.o2o.pickup.contract.PickupFixtures.HONGDAE;
import static dev.o2o.pickup.contract.PickupFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.printing.PrintSchedule;
import dev.o2o.pickup.printing.PrintSettings;
import dev.o2o.pickup.printing.PrintSettingsStore;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link PrintSettingsStore}; subclasses give a fresh, empty store and its transactions. */
public abstract class PrintSettingsStoreContract {

  private PrintSettingsStore store;
  private TransactionRunner transactions;

  /** A new, empty store. Called once per test, before {@link #transactions()}. */
  protected abstract PrintSettingsStore newStore();

  /** The transactions the store of the running test writes through. */
  protected abstract TransactionRunner transactions();

  @BeforeEach
  void setUpStore() {
    store = newStore();
    transactions = transactions();
  }

  @Test
  void givenNoSettings_whenAStoreIsLookedUp_thenNothingIsFound() {
    assertThat(store.find(GANGNAM)).isEmpty();
    assertThat(store.all()).isEmpty();
  }

  @Test
  void givenSettingsWithEveryPartSet_whenSavedAndRead_thenTheyComeBackEqual() {
    PrintSettings full = new PrintSettings(GANGNAM, PrintSchedule.of(5, 35), CancellationDetail.WHOLE_DETAIL,
        Optional.of(T0.plusSeconds(61)), Optional.of(T0.plusSeconds(300)));
    PrintSettings bare = PrintSettings.defaults(HONGDAE);
    store.save(full);
    store.save(bare);
    assertThat(store.find(GANGNAM)).contains(full);
    assertThat(store.find(HONGDAE)).contains(bare);
    assertThat(store.all()).containsExactly(full, bare);
  }

  @Test
  void givenSavedSettings_whenSavedAgain_thenTheNewOnesReplaceThem() {
    store.save(PrintSettings.defaults(GANGNAM));
    PrintSettings every5 = PrintSettings.defaults(GANGNAM)
        .withSchedule(PrintSchedule.everyFiveMinutes(), CancellationDetail.CANCELLED_ITEMS_ONLY, T0)
        .withLastPrintedAt(T0.plusSeconds(120));
    store.save(every5);
    assertThat(store.find(GANGNAM)).contains(every5);
    assertThat(store.all()).containsExactly(every5);
  }

  @Test
  void givenAFailedTransaction_whenItSaved_thenTheEarlierSettingsStay() {
    PrintSettings kept = PrintSettings.defaults(GANGNAM).withLastPrintedAt(T0);
    store.save(kept);
    assertThatThrownBy(() -> transactions.run(() -> {
      store.save(kept.withLastPrintedAt(T0.plusSeconds(60)));
      store.save(PrintSettings.defaults(HONGDAE));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(store.find(GANGNAM)).contains(kept);
    assertThat(store.find(HONGDAE)).isEmpty();
  }
}
