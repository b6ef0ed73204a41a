package dev.o2o.pickup.printing;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.Cancellation;
import dev.o2o.pickup.CancelledUnits;
import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupLine;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationDetail;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import dev.o2o.pickup.print.SlipLine;
import dev.o2o.pickup.print.SlipStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns pickups into slip models: item names, colours and sizes from the catalogue, the store's name from the
 * location directory (its code when the directory does not know it), times in the clock's zone, the customer masked.
 */
public final class Slips {

  private final Catalogue catalogue;
  private final LocationDirectory locations;
  private final Clock clock;

  public Slips(Catalogue catalogue, LocationDirectory locations, Clock clock) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.locations = Objects.requireNonNull(locations, "locations");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The acceptance slip: the units still wanted (after any partial cancellation), or, for a pickup that holds none any
   * more, every requested unit.
   */
  public AcceptanceSlip acceptance(Pickup pickup, Instant printedAt, boolean reprint) {
    List<SlipLine> lines = pickup.activeUnits() > 0
        ? linesOf(pickup.lines(), true)
        : linesOf(pickup.lines(), false);
    return new AcceptanceSlip(pickup.number(), store(pickup.store()), pickup.mallOrderNumber(),
        pickup.customer().masked(), lines, zoned(pickup.requestedAt()), pickup.deadline().map(this::zoned),
        zoned(printedAt), reprint);
  }

  /**
   * The slip of one cancellation. {@link CancellationDetail#WHOLE_DETAIL} adds the units cancelled by earlier
   * cancellations and the units that remained after this one.
   */
  public CancellationSlip cancellation(Pickup pickup, Cancellation cancellation, CancellationDetail detail,
      Instant printedAt, boolean reprint) {
    List<SlipLine> cancelled = unitsOf(cancellation.units());
    List<SlipLine> earlier = List.of();
    List<SlipLine> remaining = List.of();
    if (detail == CancellationDetail.WHOLE_DETAIL) {
      List<CancelledUnits> before = new ArrayList<>();
      Map<Integer, Integer> later = new TreeMap<>();
      for (Cancellation other : pickup.cancellations()) {
        if (other.sequence() < cancellation.sequence()) {
          before.addAll(other.units());
        } else if (other.sequence() > cancellation.sequence()) {
          other.units().forEach(u -> later.merge(u.lineNumber(), u.quantity().value(), Integer::sum));
        }
      }
      earlier = unitsOf(before);
      List<SlipLine> left = new ArrayList<>();
      for (PickupLine line : pickup.lines()) {
        int units = line.active().value() + later.getOrDefault(line.number(), 0);
        if (units > 0) {
          left.add(line(line.sku(), Quantity.of(units)));
        }
      }
      remaining = cancellation.voidsAcceptanceSlip() ? List.of() : left;
    }
    return new CancellationSlip(pickup.number(), store(pickup.store()), pickup.mallOrderNumber(),
        pickup.customer().masked(), detail, cancelled, earlier, remaining, cancellation.reason().toString(),
        zoned(cancellation.at()), cancellation.voidsAcceptanceSlip(), zoned(printedAt), reprint);
  }

  /** The slip of the pickups of a store whose deadline passed. */
  public ExpiredPickupsSlip expired(LocationId store, List<Pickup> pickups, Instant printedAt) {
    List<ExpiredPickupsSlip.ExpiredPickup> entries = pickups.stream()
        .map(p -> new ExpiredPickupsSlip.ExpiredPickup(p.number(), p.mallOrderNumber(), p.customer().masked(),
            zoned(p.deadline().orElseThrow(() -> new IllegalArgumentException(p + " has no deadline"))),
            linesOf(p.lines(), true)))
        .toList();
    return new ExpiredPickupsSlip(store(store), entries, zoned(printedAt), false);
  }

  private List<SlipLine> linesOf(List<PickupLine> lines, boolean activeOnly) {
    List<SlipLine> out = new ArrayList<>();
    for (PickupLine line : lines) {
      Quantity units = activeOnly ? line.active() : line.quantity();
      if (!units.isZero()) {
        out.add(line(line.sku(), units));
      }
    }
    return out;
  }

  private List<SlipLine> unitsOf(List<CancelledUnits> units) {
    return units.stream().map(u -> line(u.sku(), u.quantity())).toList();
  }

  private SlipLine line(SkuCode code, Quantity units) {
    Sku sku = catalogue.require(code);
    return new SlipLine(code, sku.displayName(), sku.colour(), sku.size(), units);
  }

  private SlipStore store(LocationId id) {
    return new SlipStore(id, locations.find(id).map(Location::name).orElse(id.code()));
  }

  private ZonedDateTime zoned(Instant instant) {
    return instant.atZone(clock.getZone());
  }
}
