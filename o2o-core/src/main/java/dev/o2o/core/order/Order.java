package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireCode;

import dev.o2o.core.model.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A mall order as o2o keeps it: where it came from, when, for whom and where to, its lines, what staff set on it
 * (shipment hold, flag, priority allocation, an allocation policy of its own, notes) and its history. Immutable: every
 * change returns a new order with the change in its history.
 */
public record Order(
    OrderId id,
    Instant orderedAt,
    Customer customer,
    Destination destination,
    List<OrderLine> lines,
    Optional<Hold> hold,
    boolean flagged,
    boolean priority,
    Optional<String> policy,
    List<OrderNote> notes,
    List<OrderChange> history) {

  /** Oldest first, then by id: the order the integrated order view lists orders in. */
  public static final Comparator<Order> BY_ORDER_TIME =
      Comparator.comparing(Order::orderedAt).thenComparing(Order::id);

  /**
   * Priority first, then oldest, then by id: the order an allocation run takes its candidates in. Written out, as the
   * in-memory order store places every open order it saves by it.
   */
  public static final Comparator<Order> FOR_ALLOCATION = (a, b) -> {
    if (a.priority != b.priority) {
      return a.priority ? -1 : 1;
    }
    int byTime = a.orderedAt.compareTo(b.orderedAt);
    return byTime != 0 ? byTime : a.id.compareTo(b.id);
  };

  /** Refuses missing parts, an order without lines, and lines not numbered 1, 2, … in order. */
  public Order {
    Objects.requireNonNull(id, "order id");
    Objects.requireNonNull(orderedAt, () -> "order time of " + id);
    Objects.requireNonNull(customer, () -> "customer of " + id);
    Objects.requireNonNull(destination, () -> "destination of " + id);
    Objects.requireNonNull(hold, () -> "hold of " + id);
    Objects.requireNonNull(policy, () -> "policy of " + id);
    policy.ifPresent(p -> requireCode("policy of order " + id, p));
    lines = List.copyOf(lines);
    notes = List.copyOf(notes);
    history = List.copyOf(history);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("order " + id + " has no lines");
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).number() != i + 1) {
        throw new IllegalArgumentException(
            "lines of order " + id + " must be numbered 1, 2, … in order; line " + (i + 1) + " is numbered "
                + lines.get(i).number());
      }
    }
  }

  /** A new order with open lines, taken at {@code at} by {@code actor}. */
  public static Order taken(OrderId id, Instant orderedAt, Customer customer, Destination destination,
      List<OrderLine> lines, Optional<String> policy, Instant at, Actor actor) {
    return new Order(id, orderedAt, customer, destination, lines, Optional.empty(), false, false, policy,
        List.of(), List.of(new OrderChange(at, actor, takenWith(lines.size()))));
  }

  /** The state derived from the lines. */
  public OrderState state() {
    return OrderState.of(lines);
  }

  public boolean isHeld() {
    return hold.isPresent();
  }

  /** One line, or an {@link IllegalArgumentException} naming the order and the line. */
  public OrderLine line(int number) {
    if (number < 1 || number > lines.size()) {
      throw new IllegalArgumentException("order " + id + " has no line " + number + " (it has " + lines.size() + ")");
    }
    return lines.get(number - 1);
  }

  /** The open lines, in line order. */
  public List<OrderLine> openLines() {
    return lines.stream().filter(OrderLine::isOpen).toList();
  }

  /** Whether some line is open. */
  public boolean hasOpenLines() {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isOpen()) {
        return true;
      }
    }
    return false;
  }

  /** The first history entry's words, shared for the usual sizes: every order keeps one, a million orders as many. */
  private static final List<String> TAKEN_WITH =
      IntStream.rangeClosed(0, 32).mapToObj(n -> "taken with " + n + " line(s)").toList();

  private static String takenWith(int lines) {
    return lines < TAKEN_WITH.size() ? TAKEN_WITH.get(lines) : "taken with " + lines + " line(s)";
  }

  /** The lines allocated to a shipment and given to it, by line number. */
  public Order allocate(Map<Integer, LineAllocation> allocations, Instant at, Actor actor) {
    return moveLines(allocations.keySet(), LineState.ALLOCATED, n -> Optional.of(allocations.get(n)),
        allocated(allocations, at, actor));
  }

  /**
   * "allocated line(s) [1, 2] to shipment [SHP-00000001]". A run allocates every order once: in the usual case (lines
   * in ascending order, none above 64, one shipment) the entry keeps the lines and the shipment id, not the words.
   */
  private static OrderChange allocated(Map<Integer, LineAllocation> allocations, Instant at, Actor actor) {
    long numbers = 0;
    int last = 0;
    String shipment = null;
    for (Map.Entry<Integer, LineAllocation> allocation : allocations.entrySet()) {
      int number = allocation.getKey();
      String to = allocation.getValue().shipmentId();
      if (number <= last || number > Long.SIZE || (shipment != null && !shipment.equals(to))) {
        return new OrderChange(at, actor, allocatedText(allocations));
      }
      numbers |= 1L << (number - 1);
      last = number;
      shipment = to;
    }
    return shipment == null
        ? new OrderChange(at, actor, allocatedText(allocations))
        : OrderChange.worded(at, actor, new LinesAllocated(numbers, shipment));
  }

  /** The words of {@link #allocated} for any lines and shipments, written out at once. */
  private static String allocatedText(Map<Integer, LineAllocation> allocations) {
    StringBuilder text = new StringBuilder("allocated line(s) ").append(allocations.keySet()).append(" to shipment [");
    List<String> shipments = new ArrayList<>(1);
    for (LineAllocation allocation : allocations.values()) {
      if (!shipments.contains(allocation.shipmentId())) {
        text.append(shipments.isEmpty() ? "" : ", ").append(allocation.shipmentId());
        shipments.add(allocation.shipmentId());
      }
    }
    return text.append(']').toString();
  }

  /** Lines 1 to 64 (bit n - 1 for line n) allocated to one shipment, written as {@link #allocatedText} writes them. */
  private record LinesAllocated(long numbers, String shipment) implements OrderChange.Wording {
    @Override
    public String words() {
      StringBuilder text = new StringBuilder("allocated line(s) [");
      for (long rest = numbers; rest != 0; rest &= rest - 1) {
        text.append(Long.numberOfTrailingZeros(rest) + 1).append((rest & (rest - 1)) != 0 ? ", " : "");
      }
      return text.append("] to shipment [").append(shipment).append(']').toString();
    }
  }

  /** The allocated lines given, back to open (their shipment was cancelled). */
  public Order reopen(Iterable<Integer> numbers, String why, Instant at, Actor actor) {
    return moveLines(numbers, LineState.OPEN, n -> Optional.empty(),
        new OrderChange(at, actor, "reopened line(s) " + numbers + ": " + why));
  }

  /** The allocated lines given, shipped. */
  public Order ship(Iterable<Integer> numbers, Instant at, Actor actor) {
    return moveLines(numbers, LineState.SHIPPED, n -> line(n).allocation(),
        new OrderChange(at, actor, "shipped line(s) " + numbers));
  }

  /** The lines given, cancelled; an allocated line keeps its allocation on record. */
  public Order cancel(Iterable<Integer> numbers, String why, Instant at, Actor actor) {
    return moveLines(numbers, LineState.CANCELLED, n -> line(n).allocation(),
        new OrderChange(at, actor, "cancelled line(s) " + numbers + ": " + why));
  }

  private Order moveLines(Iterable<Integer> numbers, LineState next,
      IntFunction<Optional<LineAllocation>> where, OrderChange change) {
    OrderLine[] changed = lines.toArray(OrderLine[]::new);
    for (int number : numbers) {
      changed[number - 1] = line(number).moveTo(id, next, where.apply(number));
    }
    return new Order(id, orderedAt, customer, destination, List.of(changed), hold, flagged, priority, policy, notes,
        append(change));
  }

  /** This order under a shipment hold. */
  public Order held(Hold newHold) {
    return new Order(id, orderedAt, customer, destination, lines, Optional.of(newHold), flagged, priority, policy,
        notes, append(new OrderChange(newHold.at(), newHold.by(), "held: " + newHold.reason())));
  }

  /** This order with its shipment hold released. */
  public Order released(Instant at, Actor actor) {
    return new Order(id, orderedAt, customer, destination, lines, Optional.empty(), flagged, priority, policy, notes,
        append(new OrderChange(at, actor, "hold released")));
  }

  /** This order with its flag set or cleared. */
  public Order withFlag(boolean flag, Instant at, Actor actor) {
    return new Order(id, orderedAt, customer, destination, lines, hold, flag, priority, policy, notes,
        append(new OrderChange(at, actor, flag ? "flagged" : "flag cleared")));
  }

  /** This order with priority allocation set or cleared. */
  public Order withPriority(boolean prioritised, Instant at, Actor actor) {
    return new Order(id, orderedAt, customer, destination, lines, hold, flagged, prioritised, policy, notes,
        append(new OrderChange(at, actor, prioritised ? "priority allocation set" : "priority allocation cleared")));
  }

  /** This order with an allocation policy of its own, or (empty) the run's. */
  public Order withPolicy(Optional<String> newPolicy, Instant at, Actor actor) {
    return new Order(id, orderedAt, customer, destination, lines, hold, flagged, priority, newPolicy, notes,
        append(new OrderChange(at, actor, newPolicy.map(p -> "allocation policy " + p)
            .orElse("allocation policy of the run"))));
  }

  /** This order with one more note. */
  public Order withNote(OrderNote note) {
    List<OrderNote> more = new ArrayList<>(notes);
    more.add(note);
    return new Order(id, orderedAt, customer, destination, lines, hold, flagged, priority, policy, more,
        append(new OrderChange(note.at(), note.author(), "note added")));
  }

  /** The history and {@code change}, as an immutable list the constructor keeps as it is (List.copyOf). */
  private List<OrderChange> append(OrderChange change) {
    OrderChange[] more = history.toArray(new OrderChange[history.size() + 1]);
    more[history.size()] = change;
    return List.of(more);
  }
}
