package dev.o2o.pickup.contract;

import static dev.o2o.pickup.contract.PickupFixtures.GANGNAM;
import static dev.o2o.pickup.contract.PickupFixtures.HONGDAE;
import static dev.o2o.pickup.contract.PickupFixtures.KIM;
import static dev.o2o.pickup.contract.PickupFixtures.MALL;
import static dev.o2o.pickup.contract.PickupFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.Customer;
import dev.o2o.pickup.DuplicatePickupException;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupQuery;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.Reason;
import dev.o2o.pickup.print.SlipNumber;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link PickupStore}; subclasses give a fresh, empty store and its transactions. */
public abstract class PickupStoreContract {

  private PickupStore store;
  private TransactionRunner transactions;

  /** A new, empty store. Called once per test, before {@link #transactions()}. */
  protected abstract PickupStore newStore();

  /** The transactions the store of the running test writes through. */
  protected abstract TransactionRunner transactions();

  @BeforeEach
  void setUpStore() {
    store = newStore();
    transactions = transactions();
  }

  private SlipNumber next() {
    return store.nextNumber();
  }

  @Test
  void givenAnEmptyStore_whenNumbersAreDrawn_thenEachIsNewAndLargerThanTheOneBefore() {
    Set<SlipNumber> seen = new HashSet<>();
    long last = 0;
    for (int i = 0; i < 20; i++) {
      SlipNumber number = next();
      assertThat(seen.add(number)).isTrue();
      assertThat(number.sequence()).isGreaterThan(last);
      last = number.sequence();
    }
  }

  @Test
  void givenAPickupWithEveryPartSet_whenInsertedAndRead_thenEveryPartComesBackEqual() {
    Pickup pickup = PickupFixtures.everythingSet(next(), "ORD-1");
    store.insert(pickup);
    assertThat(store.find(pickup.number())).contains(pickup);
    assertThat(store.findByOrderNumber("ORD-1")).contains(pickup);
    assertThat(transactions.inTransaction(() -> store.findForUpdate(pickup.number()))).contains(pickup);
  }

  @Test
  void givenAStoredPickup_whenUpdatedThroughItsStates_thenEachVersionReplacesTheLast() {
    Pickup requested = PickupFixtures.requested(next(), "ORD-2");
    store.insert(requested);
    Pickup printed = requested.withAcceptanceSlipPrinted(T0.plusSeconds(60));
    store.update(printed);
    assertThat(store.find(requested.number())).contains(printed);
    Pickup accepted = printed.accept(T0.plusSeconds(120), T0.plusSeconds(3600));
    store.update(accepted);
    Pickup cancelled = accepted.cancel(Reason.of("고객이 취소했습니다"), T0.plusSeconds(180), KIM);
    store.update(cancelled);
    assertThat(store.find(requested.number())).contains(cancelled);
    assertThat(store.findByOrderNumber("ORD-2").orElseThrow().state()).isEqualTo(PickupState.CANCELLED);
  }

  @Test
  void givenAnUnavailablePickup_whenReadBack_thenItsCodedReasonIsKept() {
    Pickup unavailable = PickupFixtures.requested(next(), "ORD-3")
        .markUnavailable(Reason.coded("OUT_OF_STOCK", "TS24-BLK-M 재고 부족"), T0.plusSeconds(30));
    store.insert(unavailable);
    assertThat(store.find(unavailable.number())).contains(unavailable);
  }

  @Test
  void givenATakenNumberOrOrder_whenInsertedAgain_thenItIsRefusedAndTheFirstStays() {
    Pickup first = PickupFixtures.requested(next(), "ORD-4");
    store.insert(first);
    assertThatThrownBy(() -> store.insert(PickupFixtures.requested(first.number(), "ORD-5")))
        .isInstanceOf(DuplicatePickupException.class);
    assertThatThrownBy(() -> store.insert(PickupFixtures.requested(next(), "ORD-4")))
        .isInstanceOf(DuplicatePickupException.class);
    assertThat(store.findByOrderNumber("ORD-4")).contains(first);
    assertThat(store.findByOrderNumber("ORD-5")).isEmpty();
  }

  @Test
  void givenNoSuchPickup_whenUpdated_thenItIsRefused() {
    assertThatThrownBy(() -> store.update(PickupFixtures.requested(next(), "ORD-6")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findByOrderNumber("ORD-6")).isEmpty();
  }

  @Test
  void givenNothingStored_whenLookedUp_thenNothingIsFound() {
    assertThat(store.find(SlipNumber.ofSequence(999_999))).isEmpty();
    assertThat(store.findByOrderNumber("NONE")).isEmpty();
    assertThat(store.search(PickupQuery.all())).isEmpty();
  }

  @Test
  void givenAFailedTransaction_whenItInsertedAndUpdated_thenNothingOfItRemains() {
    Pickup kept = PickupFixtures.requested(next(), "ORD-7");
    store.insert(kept);
    Pickup lost = PickupFixtures.requested(next(), "ORD-8");
    assertThatThrownBy(() -> transactions.run(() -> {
      store.insert(lost);
      store.update(kept.withAcceptanceSlipPrinted(T0.plusSeconds(5)));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(store.find(lost.number())).isEmpty();
    assertThat(store.findByOrderNumber("ORD-8")).isEmpty();
    assertThat(store.find(kept.number())).contains(kept);
  }

  @Test
  void givenPickupsOfSeveralKinds_whenSearched_thenEachConditionFiltersAndTheOrderIsRequestTimeThenNumber() {
    Customer hong = new Customer("홍길동", "010-1234-5678");
    Customer kim = new Customer("김철수", "010-9876-5432");
    Pickup a = PickupFixtures.requested(next(), "ORD-A", GANGNAM, hong, 10);
    Pickup b = PickupFixtures.requested(next(), "ORD-B", GANGNAM, kim, 0)
        .accept(T0.plusSeconds(3600), T0.plusSeconds(7200));
    Pickup c = PickupFixtures.requested(next(), "ORD-C", HONGDAE, hong, 20);
    Pickup d = PickupFixtures.requested(next(), "ORD-D", GANGNAM, kim, 10)
        .cancel(Reason.of("mall"), T0.plusSeconds(4000), MALL);
    List.of(a, b, c, d).forEach(store::insert);

    assertThat(store.search(PickupQuery.all())).containsExactly(b, a, d, c);
    assertThat(store.search(PickupQuery.all().inStore(GANGNAM))).containsExactly(b, a, d);
    assertThat(store.search(PickupQuery.all().inStates(PickupState.ACCEPTED, PickupState.CANCELLED)))
        .containsExactly(b, d);
    assertThat(store.search(PickupQuery.all().forOrder("ORD-C"))).containsExactly(c);
    assertThat(store.search(PickupQuery.all().forCustomer("길동"))).containsExactly(a, c);
    assertThat(store.search(PickupQuery.all().forCustomer("9876"))).containsExactly(b, d);
    // from is inclusive, before is exclusive
    assertThat(store.search(PickupQuery.all().requestedBetween(T0.plusSeconds(600), T0.plusSeconds(1200))))
        .containsExactly(a, d);
    assertThat(store.search(PickupQuery.all().requestedBetween(T0, T0.plusSeconds(600)))).containsExactly(b);
    assertThat(store.search(PickupQuery.all().inStore(GANGNAM).forCustomer("김").inStates(PickupState.REQUESTED)))
        .isEmpty();
    for (PickupQuery query : List.of(PickupQuery.all().inStore(HONGDAE), PickupQuery.all().forCustomer("010"),
        PickupQuery.all().inStates(PickupState.REQUESTED))) {
      assertThat(store.search(query)).containsExactlyElementsOf(
          List.of(b, a, d, c).stream().filter(query::matches).toList());
    }
  }

  @Test
  void givenPrintedAndUnprintedSlips_whenAskedForPendingSlips_thenOnlyPickupsOfTheStoreWithAWaitingSlipComeBack() {
    Pickup waiting = PickupFixtures.requested(next(), "ORD-P1", GANGNAM, new Customer("가", "010-0000-0001"), 5);
    Pickup printed = PickupFixtures.requested(next(), "ORD-P2", GANGNAM, new Customer("나", "010-0000-0002"), 1)
        .withAcceptanceSlipPrinted(T0.plusSeconds(100));
    Pickup cancellationWaiting = PickupFixtures.requested(next(), "ORD-P3", GANGNAM,
            new Customer("다", "010-0000-0003"), 2)
        .withAcceptanceSlipPrinted(T0.plusSeconds(100))
        .cancelUnits(java.util.Map.of(1, dev.o2o.core.model.Quantity.of(1)), Reason.of("x"), T0.plusSeconds(200), MALL);
    Pickup otherStore = PickupFixtures.requested(next(), "ORD-P4", HONGDAE, new Customer("라", "010-0000-0004"), 0);
    Pickup cancelledUnprinted = PickupFixtures.requested(next(), "ORD-P5", GANGNAM,
        new Customer("마", "010-0000-0005"), 3).cancel(Reason.of("x"), T0.plusSeconds(200), MALL)
        .withCancellationSlipPrinted(1, T0.plusSeconds(300));
    List.of(waiting, printed, cancellationWaiting, otherStore, cancelledUnprinted).forEach(store::insert);

    assertThat(store.withPendingSlips(GANGNAM)).containsExactly(cancellationWaiting, waiting);
    assertThat(store.withPendingSlips(HONGDAE)).containsExactly(otherStore);
  }

  @Test
  void givenAcceptedPickups_whenAskedForOverdueOnes_thenOnlyThoseWhoseDeadlineIsBeforeNowComeBack() {
    Pickup early = PickupFixtures.requested(next(), "ORD-O1", GANGNAM, new Customer("가", "010-1"), 0)
        .accept(T0.plusSeconds(60), T0.plusSeconds(1000));
    Pickup late = PickupFixtures.requested(next(), "ORD-O2", GANGNAM, new Customer("나", "010-2"), 1)
        .accept(T0.plusSeconds(60), T0.plusSeconds(5000));
    Pickup notAccepted = PickupFixtures.requested(next(), "ORD-O3", GANGNAM, new Customer("다", "010-3"), 2);
    Pickup elsewhere = PickupFixtures.requested(next(), "ORD-O4", HONGDAE, new Customer("라", "010-4"), 3)
        .accept(T0.plusSeconds(60), T0.plusSeconds(1000));
    Pickup completed = PickupFixtures.requested(next(), "ORD-O5", GANGNAM, new Customer("마", "010-5"), 4)
        .accept(T0.plusSeconds(60), T0.plusSeconds(1000)).complete(T0.plusSeconds(500));
    List.of(early, late, notAccepted, elsewhere, completed).forEach(store::insert);

    assertThat(store.overdue(GANGNAM, T0.plusSeconds(1000))).isEmpty(); // the deadline itself is still in time
    assertThat(store.overdue(GANGNAM, T0.plusSeconds(1001))).containsExactly(early);
    assertThat(store.overdue(GANGNAM, T0.plusSeconds(9000))).containsExactly(early, late);
    assertThat(store.overdue(HONGDAE, T0.plusSeconds(9000))).containsExactly(elsewhere);
  }
}
