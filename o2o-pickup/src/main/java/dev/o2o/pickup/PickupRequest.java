package dev.o2o.pickup;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.Checks;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The mall asks a store to hold items for a customer: the mall order number (the idempotency key: the same request
 * twice changes nothing), the store, the customer, the lines, when it was ordered, and optionally the last day the
 * customer may collect (otherwise {@link PickupConfig#deadlineDays()} after acceptance). {@code actor} is who passes
 * the request on (normally a system actor for the mall).
 */
public record PickupRequest(String mallOrderNumber, LocationId store, Customer customer, List<Line> lines,
    Instant requestedAt, Optional<LocalDate> lastPickupDay, Actor actor) {

  /** Refuses missing parts, a location that is not a store and a request without lines. */
  public PickupRequest {
    Checks.requireCode("mall order number", mallOrderNumber);
    Objects.requireNonNull(store, "store of order " + mallOrderNumber);
    if (!store.isStore()) {
      throw new IllegalArgumentException("pickup of order " + mallOrderNumber + " must be at a store, not " + store);
    }
    Objects.requireNonNull(customer, "customer of order " + mallOrderNumber);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("pickup of order " + mallOrderNumber + " needs at least one line");
    }
    Objects.requireNonNull(requestedAt, "request time of order " + mallOrderNumber);
    Objects.requireNonNull(lastPickupDay, "last pickup day of order " + mallOrderNumber + " (use Optional.empty())");
    Objects.requireNonNull(actor, "actor of order " + mallOrderNumber);
  }

  /** A request with no deadline of its own. */
  public PickupRequest(String mallOrderNumber, LocationId store, Customer customer, List<Line> lines,
      Instant requestedAt, Actor actor) {
    this(mallOrderNumber, store, customer, lines, requestedAt, Optional.empty(), actor);
  }

  /** The same request passed on by another actor. */
  public PickupRequest withActor(Actor other) {
    return new PickupRequest(mallOrderNumber, store, customer, lines, requestedAt, lastPickupDay, other);
  }

  /** Whether {@code pickup} was made from a request with the same content (order, store, customer, lines). */
  public boolean sameAs(Pickup pickup) {
    return pickup.mallOrderNumber().equals(mallOrderNumber)
        && pickup.store().equals(store)
        && pickup.customer().equals(customer)
        && pickup.lines().stream().map(l -> new Line(l.sku(), l.quantity())).toList().equals(lines);
  }

  /** One requested line: a SKU and the units wanted. */
  public record Line(SkuCode sku, Quantity quantity) {

    /** Refuses a line of nothing. */
    public Line {
      Objects.requireNonNull(sku, "SKU of request line");
      Objects.requireNonNull(quantity, "quantity of " + sku);
      if (quantity.isZero()) {
        throw new IllegalArgumentException("request line of " + sku + " must ask for at least one unit");
      }
    }

    public static Line of(SkuCode sku, int quantity) {
      return new Line(sku, Quantity.of(quantity));
    }

    public static Line of(String sku, int quantity) {
      return of(SkuCode.of(sku), quantity);
    }
  }
}
