package dev.o2o.pickup;

import dev.o2o.core.model.Actor;
import dev.o2o.core.model.Checks;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A store pickup: the mall's request (order number, store, customer, lines), its {@link PickupState}, its deadline,
 * its cancellations and what of its slips has printed. Immutable; every change returns a new pickup and follows the
 * {@link PickupStateMachine} table. Identified by its {@link SlipNumber}; the mall order number is unique too.
 */
public record Pickup(
    SlipNumber number,
    String mallOrderNumber,
    LocationId store,
    Customer customer,
    List<PickupLine> lines,
    PickupState state,
    Instant requestedAt,
    Optional<Instant> deadline,
    Optional<Instant> acceptedAt,
    Optional<Instant> closedAt,
    Optional<Reason> reason,
    Optional<Instant> acceptanceSlipPrintedAt,
    List<Cancellation> cancellations) {

  /** Refuses missing parts, a location that is not a store, lines not numbered 1, 2, 3... and inconsistent states. */
  public Pickup {
    Objects.requireNonNull(number, "slip number");
    Checks.requireCode("mall order number of pickup " + number, mallOrderNumber);
    Objects.requireNonNull(store, "store of pickup " + number);
    if (!store.isStore()) {
      throw new IllegalArgumentException("pickup " + number + " must be at a store, not at " + store);
    }
    Objects.requireNonNull(customer, "customer of pickup " + number);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("pickup " + number + " needs at least one line");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).number() != i + 1) {
        throw new IllegalArgumentException("lines of pickup " + number + " must be numbered 1, 2, 3...: " + lines);
      }
    }
    Objects.requireNonNull(state, "state of pickup " + number);
    Objects.requireNonNull(requestedAt, "request time of pickup " + number);
    Objects.requireNonNull(deadline, "deadline of pickup " + number);
    Objects.requireNonNull(acceptedAt, "acceptance time of pickup " + number);
    Objects.requireNonNull(closedAt, "closing time of pickup " + number);
    Objects.requireNonNull(reason, "reason of pickup " + number);
    Objects.requireNonNull(acceptanceSlipPrintedAt, "acceptance slip print time of pickup " + number);
    cancellations = List.copyOf(cancellations);
    int units = lines.stream().mapToInt(l -> l.active().value()).sum();
    if (state.holdsStock() && units == 0) {
      throw new IllegalArgumentException("pickup " + number + " is " + state + " with no unit left");
    }
    if (state == PickupState.CANCELLED && units != 0) {
      throw new IllegalArgumentException("pickup " + number + " is CANCELLED with " + units + " units not cancelled");
    }
    boolean wasAccepted = state == PickupState.ACCEPTED || state == PickupState.COMPLETED
        || state == PickupState.EXPIRED;
    if (wasAccepted && (acceptedAt.isEmpty() || deadline.isEmpty())) {
      throw new IllegalArgumentException("pickup " + number + " is " + state + " without acceptance time or deadline");
    }
  }

  /** A new request: every line active, nothing printed; {@code deadline} is the mall's, when it sent one. */
  public static Pickup requested(SlipNumber number, String mallOrderNumber, LocationId store, Customer customer,
      List<PickupRequest.Line> requestLines, Instant requestedAt, Optional<Instant> deadline) {
    List<PickupLine> lines = new ArrayList<>();
    for (PickupRequest.Line line : requestLines) {
      lines.add(new PickupLine(lines.size() + 1, line.sku(), line.quantity(), Quantity.ZERO));
    }
    return new Pickup(number, mallOrderNumber, store, customer, lines, PickupState.REQUESTED, requestedAt, deadline,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  // ---- transitions, each through the table ----

  /** Accepted at {@code at}; keeps the mall's deadline, or takes {@code deadlineIfNone}. */
  public Pickup accept(Instant at, Instant deadlineIfNone) {
    PickupState next = to(PickupTransition.ACCEPT);
    return new Pickup(number, mallOrderNumber, store, customer, lines, next, requestedAt,
        Optional.of(deadline.orElse(deadlineIfNone)), Optional.of(at), closedAt, reason, acceptanceSlipPrintedAt,
        cancellations);
  }

  /** Collected by the customer. */
  public Pickup complete(Instant at) {
    return closed(to(PickupTransition.COMPLETE), at, reason);
  }

  /** The store cannot provide it. */
  public Pickup markUnavailable(Reason why, Instant at) {
    return closed(to(PickupTransition.MARK_UNAVAILABLE), at, Optional.of(why));
  }

  /** Not collected by the deadline. */
  public Pickup expire(Instant at) {
    return closed(to(PickupTransition.EXPIRE), at, reason);
  }

  /** Cancels every unit still active, as one cancellation that voids the acceptance slip. */
  public Pickup cancel(Reason why, Instant at, Actor actor) {
    to(PickupTransition.CANCEL);
    Map<Integer, Quantity> all = new TreeMap<>();
    lines.stream().filter(l -> !l.active().isZero()).forEach(l -> all.put(l.number(), l.active()));
    return cancelUnits(all, why, at, actor);
  }

  /**
   * Cancels the given units per line number; when no unit is left the pickup is {@code CANCELLED} (the acceptance slip
   * is void), otherwise it keeps its state. Unknown lines and more units than a line has left are refused with an
   * {@link IllegalArgumentException}; check them first with {@link #cancellationProblem(Map)}.
   */
  public Pickup cancelUnits(Map<Integer, Quantity> units, Reason why, Instant at, Actor actor) {
    to(PickupTransition.CANCEL_LINES);
    cancellationProblem(units).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    List<PickupLine> after = new ArrayList<>(lines);
    List<CancelledUnits> cancelled = new ArrayList<>();
    new TreeMap<>(units).forEach((line, quantity) -> {
      if (!quantity.isZero()) {
        PickupLine old = after.get(line - 1);
        after.set(line - 1, old.cancel(quantity));
        cancelled.add(new CancelledUnits(line, old.sku(), quantity));
      }
    });
    boolean last = after.stream().allMatch(l -> l.active().isZero());
    PickupState next = to(last ? PickupTransition.CANCEL : PickupTransition.CANCEL_LINES);
    List<Cancellation> history = new ArrayList<>(cancellations);
    history.add(new Cancellation(cancellations.size() + 1, cancelled, why, at, actor, state == PickupState.ACCEPTED,
        last, Optional.empty()));
    return new Pickup(number, mallOrderNumber, store, customer, after, next, requestedAt, deadline, acceptedAt,
        last ? Optional.of(at) : closedAt, last ? Optional.of(why) : reason, acceptanceSlipPrintedAt, history);
  }

  /**
   * What is wrong with cancelling {@code units} (line number to units), if anything: an unknown line, more units than
   * the line has left, or nothing at all to cancel. Says nothing of the state.
   */
  public Optional<String> cancellationProblem(Map<Integer, Quantity> units) {
    for (Map.Entry<Integer, Quantity> e : units.entrySet()) {
      int line = e.getKey();
      if (line < 1 || line > lines.size()) {
        return Optional.of("pickup " + number + " has no line " + line + " (it has " + lines.size() + ")");
      }
      PickupLine l = lines.get(line - 1);
      if (e.getValue().compareTo(l.active()) > 0) {
        return Optional.of("line " + line + " (" + l.sku() + ") of pickup " + number + " has " + l.active()
            + " units left, cannot cancel " + e.getValue());
      }
    }
    if (units.values().stream().allMatch(Quantity::isZero)) {
      return Optional.of("a cancellation of pickup " + number + " must cancel at least one unit");
    }
    return Optional.empty();
  }

  private Pickup closed(PickupState next, Instant at, Optional<Reason> why) {
    return new Pickup(number, mallOrderNumber, store, customer, lines, next, requestedAt, deadline, acceptedAt,
        Optional.of(at), why, acceptanceSlipPrintedAt, cancellations);
  }

  private PickupState to(PickupTransition transition) {
    return PickupStateMachine.require(number, mallOrderNumber, state, transition);
  }

  // ---- printing ----

  /** Whether the acceptance slip waits to be printed: never printed, and the pickup is still open. */
  public boolean acceptanceSlipPending() {
    return acceptanceSlipPrintedAt.isEmpty() && state.holdsStock();
  }

  /** The cancellations whose slip has not printed, oldest first. */
  public List<Cancellation> pendingCancellationSlips() {
    return cancellations.stream().filter(c -> !c.slipPrinted()).toList();
  }

  /** Whether any slip of this pickup waits to be printed. */
  public boolean hasPendingSlips() {
    return acceptanceSlipPending() || !pendingCancellationSlips().isEmpty();
  }

  /** This pickup with its acceptance slip printed at {@code at}. */
  public Pickup withAcceptanceSlipPrinted(Instant at) {
    return new Pickup(number, mallOrderNumber, store, customer, lines, state, requestedAt, deadline, acceptedAt,
        closedAt, reason, Optional.of(at), cancellations);
  }

  /** This pickup with the slip of cancellation {@code sequence} printed at {@code at}. */
  public Pickup withCancellationSlipPrinted(int sequence, Instant at) {
    if (sequence < 1 || sequence > cancellations.size()) {
      throw new IllegalArgumentException("pickup " + number + " has no cancellation " + sequence);
    }
    List<Cancellation> after = new ArrayList<>(cancellations);
    after.set(sequence - 1, cancellations.get(sequence - 1).printed(at));
    return new Pickup(number, mallOrderNumber, store, customer, lines, state, requestedAt, deadline, acceptedAt,
        closedAt, reason, acceptanceSlipPrintedAt, after);
  }

  // ---- what it holds ----

  /** The units still wanted, per SKU (a SKU on two lines is summed). */
  public SortedMap<SkuCode, Integer> activeUnitsBySku() {
    SortedMap<SkuCode, Integer> units = new TreeMap<>();
    lines.forEach(l -> {
      if (!l.active().isZero()) {
        units.merge(l.sku(), l.active().value(), Integer::sum);
      }
    });
    return Collections.unmodifiableSortedMap(units);
  }

  /** The units still wanted, in total. */
  public int activeUnits() {
    return lines.stream().mapToInt(l -> l.active().value()).sum();
  }

  /** The units this pickup holds in the store's pickup reserve now: its active units while it is open, else none. */
  public int reservedUnits() {
    return state.holdsStock() ? activeUnits() : 0;
  }

  /**
   * The units on the pickup hanger, per SKU: an accepted pickup's active units, and the units of cancellations made
   * after acceptance whose slip has not printed yet (printing the slip takes them off).
   */
  public SortedMap<SkuCode, Integer> onHanger() {
    SortedMap<SkuCode, Integer> units = new TreeMap<>();
    if (state == PickupState.ACCEPTED) {
      units.putAll(activeUnitsBySku());
    }
    cancellations.stream().filter(c -> c.fromHanger() && !c.slipPrinted())
        .flatMap(c -> c.units().stream())
        .forEach(u -> units.merge(u.sku(), u.quantity().value(), Integer::sum));
    return Collections.unmodifiableSortedMap(units);
  }

  /** Whether the pickup is accepted and its deadline is before {@code now}. */
  public boolean isOverdue(Instant now) {
    return state == PickupState.ACCEPTED && deadline.filter(now::isAfter).isPresent();
  }

  /** The line with the given number. */
  public PickupLine line(int lineNumber) {
    if (lineNumber < 1 || lineNumber > lines.size()) {
      throw new IllegalArgumentException("pickup " + number + " has no line " + lineNumber);
    }
    return lines.get(lineNumber - 1);
  }

  @Override
  public String toString() {
    return "pickup " + number + " (order " + mallOrderNumber + ", " + store + ", " + state + ")";
  }
}
