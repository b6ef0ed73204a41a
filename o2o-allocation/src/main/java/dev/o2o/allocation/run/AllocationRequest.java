package dev.o2o.allocation.run;

import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.core.model.Actor;
import java.util.Objects;

/** Command: run an allocation under {@code policy} (orders may name their own), for real or as a dry run. */
public record AllocationRequest(AllocationPolicy policy, boolean dryRun, Actor actor) {

  /** Refuses missing parts. */
  public AllocationRequest {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(actor, "actor");
  }

  /** A run that commits what it allocates. */
  public static AllocationRequest commit(AllocationPolicy policy, Actor actor) {
    return new AllocationRequest(policy, false, actor);
  }

  /** A run that reports what it would allocate and commits nothing. */
  public static AllocationRequest dryRun(AllocationPolicy policy, Actor actor) {
    return new AllocationRequest(policy, true, actor);
  }
}
