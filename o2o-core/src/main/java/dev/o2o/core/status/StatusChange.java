package dev.o2o.core.status;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.SkuCode;
import java.time.Instant;
import java.util.Objects;

/** A change of one SKU's status: before, after, when and by whom. */
public record StatusChange(SkuStatus before, SkuStatus after, Instant at, Actor actor) {

  /** Refuses missing parts and a before and after of different SKUs. */
  public StatusChange {
    Objects.requireNonNull(before, "status before");
    Objects.requireNonNull(after, "status after");
    Objects.requireNonNull(at, "time of the status change of SKU " + after.sku());
    Objects.requireNonNull(actor, "actor of the status change of SKU " + after.sku());
    if (!before.sku().equals(after.sku())) {
      throw new IllegalArgumentException(
          "a status change is of one SKU, got " + before.sku() + " before and " + after.sku() + " after");
    }
  }

  public SkuCode sku() {
    return after.sku();
  }

  /** The history entry this change leaves. */
  public StatusRevision revision() {
    return new StatusRevision(after, at, actor);
  }

  /** Whether the fields the online mall shows (forced sold-out, limited stock) changed. */
  public boolean changesMallState() {
    return before.forcedSoldOut() != after.forcedSoldOut() || before.limitedStock() != after.limitedStock();
  }
}
