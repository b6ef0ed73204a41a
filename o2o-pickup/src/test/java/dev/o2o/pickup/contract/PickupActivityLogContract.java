package dev.o2o.pickup.contract;

import static dev.o2o.pickup.contract.PickupFixtures.KIM;
import static dev.o2o.pickup.contract.PickupFixtures.MALL;
import static dev.o2o.pickup.contract.PickupFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.Activity;
import dev.o2o.pickup.PickupActivity;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupState;
import dev.o2o.pickup.print.SlipNumber;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link PickupActivityLog}; subclasses give a fresh, empty log and its transactions. */
public abstract class PickupActivityLogContract {

  private PickupActivityLog log;
  private TransactionRunner transactions;

  /** A new, empty log. Called once per test, before {@link #transactions()}. */
  protected abstract PickupActivityLog newLog();

  /** The transactions the log of the running test writes through. */
  protected abstract TransactionRunner transactions();

  @BeforeEach
  void setUpLog() {
    log = newLog();
    transactions = transactions();
  }

  @Test
  void givenEntriesOfTwoPickups_whenReadPerPickup_thenEachGetsItsOwnInTheOrderAppended() {
    SlipNumber one = SlipNumber.ofSequence(1);
    SlipNumber two = SlipNumber.ofSequence(2);
    PickupActivity requested = new PickupActivity(one, T0, MALL, Activity.REQUESTED, PickupState.REQUESTED,
        Optional.empty());
    PickupActivity other = new PickupActivity(two, T0, MALL, Activity.REQUESTED, PickupState.REQUESTED,
        Optional.empty());
    PickupActivity accepted = new PickupActivity(one, T0.plusSeconds(60), KIM, Activity.ACCEPTED,
        PickupState.ACCEPTED, Optional.of("deadline 2024-03-11T14:59:59Z"));
    // same instant as the one before: the order appended decides
    PickupActivity printed = new PickupActivity(one, T0.plusSeconds(60), KIM, Activity.ACCEPTANCE_SLIP_REPRINTED,
        PickupState.ACCEPTED, Optional.of("재출력"));
    log.append(requested);
    log.append(other);
    log.append(accepted);
    log.append(printed);
    assertThat(log.of(one)).containsExactly(requested, accepted, printed);
    assertThat(log.of(two)).containsExactly(other);
    assertThat(log.of(SlipNumber.ofSequence(3))).isEmpty();
  }

  @Test
  void givenAFailedTransaction_whenItAppended_thenItsEntriesAreGone() {
    SlipNumber one = SlipNumber.ofSequence(11);
    PickupActivity kept = new PickupActivity(one, T0, MALL, Activity.REQUESTED, PickupState.REQUESTED,
        Optional.empty());
    log.append(kept);
    assertThatThrownBy(() -> transactions.run(() -> {
      log.append(new PickupActivity(one, T0.plusSeconds(1), KIM, Activity.ACCEPTED, PickupState.ACCEPTED,
          Optional.empty()));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");
    assertThat(log.of(one)).containsExactly(kept);
  }
}
