package dev.o2o.allocation.run;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.core.model.LocationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A shipment a run created (with its id) or, in a dry run, would create (without): source and lines. */
public record PlannedShipment(Optional<ShipmentId> id, LocationId source, List<Demand> lines) {

  /** Copies the lines. */
  public PlannedShipment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    lines = List.copyOf(lines);
  }

  /** How many units it carries. */
  public int units() {
    int units = 0;
    for (int i = 0; i < lines.size(); i++) {
      units += lines.get(i).quantity();
    }
    return units;
  }
}
