package dev.o2o.pickup;

import dev.o2o.pickup.print.SlipNumber;
import java.util.Set;

/** A transition the {@link PickupStateMachine} has no row for was asked of a pickup; nothing was changed. */
public final class IllegalPickupTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SlipNumber pickup;
  private final PickupState state;
  private final PickupTransition transition;

  public IllegalPickupTransitionException(SlipNumber pickup, String mallOrderNumber, PickupState state,
      PickupTransition transition) {
    super("pickup " + pickup + " (order " + mallOrderNumber + ") is " + state + " and cannot " + transition
        + transition.target().map(to -> " (" + state + " -> " + to + " is no transition)").orElse("")
        + describe(PickupStateMachine.transitionsFrom(state)));
    this.pickup = pickup;
    this.state = state;
    this.transition = transition;
  }

  private static String describe(Set<PickupTransition> allowed) {
    return allowed.isEmpty() ? ": no transition leaves that state" : "; from that state only " + allowed;
  }

  public SlipNumber pickup() {
    return pickup;
  }

  public PickupState state() {
    return state;
  }

  public PickupTransition transition() {
    return transition;
  }
}
