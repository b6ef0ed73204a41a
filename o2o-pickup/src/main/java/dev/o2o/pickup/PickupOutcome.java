package dev.o2o.pickup;

import java.util.Optional;

/** What a pickup command came to: done (with the pickup after it), or refused (nothing changed). */
public sealed interface PickupOutcome {

  /** The pickup after the command, when it was done. */
  default Optional<Pickup> pickup() {
    return this instanceof Done done ? Optional.of(done.after()) : Optional.empty();
  }

  default boolean isDone() {
    return this instanceof Done;
  }

  /** The command was done; {@code after} is the pickup as it now is. */
  record Done(Pickup after) implements PickupOutcome {}

  /** The command was refused; nothing changed. */
  record Refused(PickupRefusal refusal) implements PickupOutcome {}
}
