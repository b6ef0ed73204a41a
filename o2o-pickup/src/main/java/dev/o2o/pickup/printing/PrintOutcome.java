package dev.o2o.pickup.printing;

import dev.o2o.pickup.PickupRefusal;

/** What asking for a print came to: a run (which may have failed at the printer), or a refusal before any print. */
public sealed interface PrintOutcome {

  /** The print ran; see {@link PrintRun#failure()}. */
  record Ran(PrintRun run) implements PrintOutcome {}

  /** Refused; nothing printed. */
  record Refused(PickupRefusal refusal) implements PrintOutcome {}
}
