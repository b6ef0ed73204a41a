package dev.o2o.pickup.scan;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.model.Actor;
import dev.o2o.pickup.Pickups;
import java.util.Objects;

/** Opens scan sessions: one per member of staff and tab; items are resolved with {@link Catalogue#findByScannedCode}. */
public final class PickupScanning {

  private final Pickups pickups;
  private final Catalogue catalogue;

  public PickupScanning(Pickups pickups, Catalogue catalogue) {
    this.pickups = Objects.requireNonNull(pickups, "pickups");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** A new [Pickup acceptance] session for {@code actor}. */
  public AcceptanceScan acceptance(Actor actor) {
    return new AcceptanceScan(pickups, catalogue, actor);
  }

  /** A new [Pickup registration] (completion) session for {@code actor}. */
  public CompletionScan completion(Actor actor) {
    return new CompletionScan(pickups, catalogue, actor);
  }
}
