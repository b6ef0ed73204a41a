package dev.o2o.core.stock;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the append-only stock ledger: {@code quantity} units of {@code sku} at {@code location}, of a
 * {@link MovementKind}, for a {@link Reference}, at a time, by an actor. Transfers name their destination; stock-count
 * adjustments give a reason.
 */
public record Movement(
    MovementId id,
    MovementKind kind,
    SkuCode sku,
    LocationId location,
    Quantity quantity,
    Optional<LocationId> destination,
    Reference reference,
    Instant at,
    Actor actor,
    Optional<String> reason) {

  /** Refuses a zero quantity, a destination on anything but a transfer dispatch, and an adjustment without reason. */
  public Movement {
    Objects.requireNonNull(id, "movement id");
    Objects.requireNonNull(kind, () -> "kind of movement " + id);
    Objects.requireNonNull(sku, () -> "sku of movement " + id);
    Objects.requireNonNull(location, () -> "location of movement " + id);
    Objects.requireNonNull(quantity, () -> "quantity of movement " + id);
    Objects.requireNonNull(destination, () -> "destination of movement " + id);
    Objects.requireNonNull(reference, () -> "reference of movement " + id);
    Objects.requireNonNull(at, () -> "time of movement " + id);
    Objects.requireNonNull(actor, () -> "actor of movement " + id);
    Objects.requireNonNull(reason, () -> "reason of movement " + id);
    if (quantity.isZero()) {
      throw new IllegalArgumentException("movement " + id + " (" + kind + " of " + sku + ") must move at least one unit");
    }
    if (kind.hasDestination() != destination.isPresent()) {
      throw new IllegalArgumentException(kind.hasDestination()
          ? "movement " + id + ": " + kind + " needs a destination"
          : "movement " + id + ": " + kind + " takes no destination");
    }
    if (destination.filter(location::equals).isPresent()) {
      throw new IllegalArgumentException("movement " + id + ": transfer from " + location + " to itself");
    }
    if (kind.needsReason() && reason.filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("movement " + id + ": " + kind + " needs a reason");
    }
  }

  /** Starts a movement of the given kind. */
  public static Builder builder(MovementKind kind) {
    return new Builder(kind);
  }

  /** The position this movement is booked on. */
  public PositionKey key() {
    return PositionKey.of(sku, location);
  }

  /** The destination's position, for a transfer dispatch. */
  public Optional<PositionKey> destinationKey() {
    return destination.map(d -> PositionKey.of(sku, d));
  }

  /**
   * Whether {@code other} asks for the same thing: everything but the time, which a retry may give afresh. The same
   * id with another content is an {@link IdempotencyConflictException}.
   */
  public boolean sameContentAs(Movement other) {
    return id.equals(other.id)
        && kind == other.kind
        && sku.equals(other.sku)
        && location.equals(other.location)
        && quantity.equals(other.quantity)
        && destination.equals(other.destination)
        && reference.equals(other.reference)
        && actor.equals(other.actor)
        && reason.equals(other.reason);
  }

  @Override
  public String toString() {
    return id + " " + kind + " " + quantity + " x " + sku + " at " + location
        + destination.map(d -> " to " + d).orElse("") + " (" + reference + ")";
  }

  /** Builds a {@link Movement}; the destination and reason are empty unless set. */
  public static final class Builder {
    private final MovementKind kind;
    private MovementId id;
    private SkuCode sku;
    private LocationId location;
    private Quantity quantity;
    private Optional<LocationId> destination = Optional.empty();
    private Reference reference;
    private Instant at;
    private Actor actor;
    private Optional<String> reason = Optional.empty();

    private Builder(MovementKind kind) {
      this.kind = kind;
    }

    public Builder id(MovementId value) {
      this.id = value;
      return this;
    }

    public Builder id(String value) {
      return id(MovementId.of(value));
    }

    public Builder sku(SkuCode value) {
      this.sku = value;
      return this;
    }

    public Builder location(LocationId value) {
      this.location = value;
      return this;
    }

    public Builder quantity(Quantity value) {
      this.quantity = value;
      return this;
    }

    public Builder quantity(int value) {
      return quantity(Quantity.of(value));
    }

    public Builder destination(LocationId value) {
      this.destination = Optional.of(value);
      return this;
    }

    public Builder reference(Reference value) {
      this.reference = value;
      return this;
    }

    public Builder reference(ReferenceKind referenceKind, String referenceId) {
      return reference(Reference.of(referenceKind, referenceId));
    }

    public Builder at(Instant value) {
      this.at = value;
      return this;
    }

    public Builder actor(Actor value) {
      this.actor = value;
      return this;
    }

    public Builder reason(String value) {
      this.reason = Optional.of(value);
      return this;
    }

    public Movement build() {
      return new Movement(id, kind, sku, location, quantity, destination, reference, at, actor, reason);
    }
  }
}
