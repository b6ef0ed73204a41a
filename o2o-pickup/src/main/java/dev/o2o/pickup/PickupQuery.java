package dev.o2o.pickup;

import dev.o2o.core.model.LocationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the pickup history; every condition is optional and they all must hold: the store; the request time
 * from (inclusive) and before (exclusive); the states (none means all); the exact mall order number; a customer text
 * found in the customer's name or phone number. Start from {@link #all()}.
 */
public record PickupQuery(Optional<LocationId> store, Optional<Instant> requestedFrom,
    Optional<Instant> requestedBefore, Set<PickupState> states, Optional<String> mallOrderNumber,
    Optional<String> customer) {

  /** Copies the states; refuses missing parts. */
  public PickupQuery {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(requestedFrom, "requestedFrom");
    Objects.requireNonNull(requestedBefore, "requestedBefore");
    states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    Objects.requireNonNull(mallOrderNumber, "mallOrderNumber");
    Objects.requireNonNull(customer, "customer");
  }

  /** Every pickup. */
  public static PickupQuery all() {
    return new PickupQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
        Optional.empty());
  }

  public PickupQuery inStore(LocationId value) {
    return new PickupQuery(Optional.of(value), requestedFrom, requestedBefore, states, mallOrderNumber, customer);
  }

  /** Requested at or after {@code from} and before {@code before}. */
  public PickupQuery requestedBetween(Instant from, Instant before) {
    return new PickupQuery(store, Optional.of(from), Optional.of(before), states, mallOrderNumber, customer);
  }

  /** Requested on the days {@code first} to {@code last}, both included, in {@code zone}. */
  public PickupQuery requestedOn(LocalDate first, LocalDate last, ZoneId zone) {
    return requestedBetween(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public PickupQuery inStates(Set<PickupState> value) {
    return new PickupQuery(store, requestedFrom, requestedBefore, value, mallOrderNumber, customer);
  }

  public PickupQuery inStates(PickupState first, PickupState... more) {
    return inStates(EnumSet.of(first, more));
  }

  public PickupQuery forOrder(String value) {
    return new PickupQuery(store, requestedFrom, requestedBefore, states, Optional.of(value), customer);
  }

  /** Customers whose name or phone number contains {@code text}. */
  public PickupQuery forCustomer(String text) {
    return new PickupQuery(store, requestedFrom, requestedBefore, states, mallOrderNumber, Optional.of(text));
  }

  /** Whether {@code pickup} meets every condition: the meaning every {@link PickupStore#search} must keep. */
  public boolean matches(Pickup pickup) {
    return store.map(pickup.store()::equals).orElse(true)
        && requestedFrom.map(from -> !pickup.requestedAt().isBefore(from)).orElse(true)
        && requestedBefore.map(before -> pickup.requestedAt().isBefore(before)).orElse(true)
        && (states.isEmpty() || states.contains(pickup.state()))
        && mallOrderNumber.map(pickup.mallOrderNumber()::equals).orElse(true)
        && customer.map(pickup.customer()::matches).orElse(true);
  }
}
