package dev.o2o.pickup;

import static dev.o2o.pickup.PickupState.ACCEPTED;
import static dev.o2o.pickup.PickupState.CANCELLED;
import static dev.o2o.pickup.PickupState.COMPLETED;
import static dev.o2o.pickup.PickupState.EXPIRED;
import static dev.o2o.pickup.PickupState.REQUESTED;
import static dev.o2o.pickup.PickupState.UNAVAILABLE;
import static dev.o2o.pickup.PickupTransition.ACCEPT;
import static dev.o2o.pickup.PickupTransition.CANCEL;
import static dev.o2o.pickup.PickupTransition.CANCEL_LINES;
import static dev.o2o.pickup.PickupTransition.COMPLETE;
import static dev.o2o.pickup.PickupTransition.EXPIRE;
import static dev.o2o.pickup.PickupTransition.MARK_UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.pickup.PickupStateMachine.Row;
import dev.o2o.pickup.print.SlipNumber;
import org.junit.jupiter.api.Test;

class PickupStateMachineTest {

  @Test
  void givenTheDesign_whenTheTableIsRead_thenItHoldsExactlyTheDesignedTransitions() {
    assertThat(PickupStateMachine.rows()).containsExactlyInAnyOrder(
        new Row(REQUESTED, ACCEPT, ACCEPTED),
        new Row(ACCEPTED, COMPLETE, COMPLETED),
        new Row(REQUESTED, MARK_UNAVAILABLE, UNAVAILABLE),
        new Row(ACCEPTED, CANCEL, CANCELLED),
        new Row(REQUESTED, CANCEL, CANCELLED),
        new Row(ACCEPTED, EXPIRE, EXPIRED),
        new Row(REQUESTED, CANCEL_LINES, REQUESTED),
        new Row(ACCEPTED, CANCEL_LINES, ACCEPTED));
  }

  @Test
  void givenEveryStateAndTransitionWithoutARow_whenAsked_thenTheRefusalNamesThePickupTheStateAndTheTransition() {
    SlipNumber number = SlipNumber.ofSequence(7);
    int refused = 0;
    for (PickupState state : PickupState.values()) {
      for (PickupTransition transition : PickupTransition.values()) {
        if (PickupStateMachine.allows(state, transition)) {
          continue;
        }
        refused++;
        assertThatThrownBy(() -> PickupStateMachine.require(number, "ORD-1", state, transition))
            .isInstanceOf(IllegalPickupTransitionException.class)
            .hasMessageContaining(number.value())
            .hasMessageContaining("ORD-1")
            .hasMessageContaining(state.name())
            .hasMessageContaining(transition.name());
      }
    }
    assertThat(refused).isEqualTo(PickupState.values().length * PickupTransition.values().length - 8);
  }

  @Test
  void givenTheFinalStates_whenAskedForTransitions_thenNoneLeavesThem() {
    assertThat(COMPLETED.isFinal()).isTrue();
    assertThat(UNAVAILABLE.isFinal()).isTrue();
    assertThat(CANCELLED.isFinal()).isTrue();
    assertThat(EXPIRED.isFinal()).isTrue();
    assertThat(REQUESTED.isFinal()).isFalse();
    assertThat(ACCEPTED.isFinal()).isFalse();
  }

  @Test
  void givenEachState_whenShownInTheHistory_thenItHasTheProductsColour() {
    assertThat(CANCELLED.displayColour()).isEqualTo(DisplayColour.RED);
    assertThat(UNAVAILABLE.displayColour()).isEqualTo(DisplayColour.RED);
    assertThat(COMPLETED.displayColour()).isEqualTo(DisplayColour.BLUE);
    assertThat(ACCEPTED.displayColour()).isEqualTo(DisplayColour.BLACK);
    assertThat(EXPIRED.displayColour()).isEqualTo(DisplayColour.GREY);
    assertThat(REQUESTED.displayColour()).isEqualTo(DisplayColour.BLACK);
  }
}
