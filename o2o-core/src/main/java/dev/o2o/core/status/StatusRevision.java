package dev.o2o.core.status;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import java.time.Instant;
import java.util.Objects;

/** One entry of a SKU's status history: the status it took, when and by whom. */
public record StatusRevision(SkuStatus status, Instant at, Actor actor) {

  /** Refuses missing parts. */
  public StatusRevision {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "time of the status change of SKU " + status.sku());
    Objects.requireNonNull(actor, "actor of the status change of SKU " + status.sku());
  }

  public SkuCode sku() {
    return status.sku();
  }
}
