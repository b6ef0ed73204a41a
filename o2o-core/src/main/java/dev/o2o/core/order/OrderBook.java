package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.StockFigures;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Orders, the use case: takes mall orders in (idempotently), cancels orders and lines (deallocating their stock in the
 * same step), sets shipment hold, flag, priority and policy, keeps notes, and answers the integrated order view.
 * Every change records its actor and the time of the injected clock.
 */
public final class OrderBook {

  private final OrderStore orders;
  private final Inventory inventory;
  private final Catalogue catalogue;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final List<OrderCancellationListener> listeners;

  /** An order book on the given ports, telling {@code listeners} of cancelled allocated lines. */
  public OrderBook(OrderStore orders, Inventory inventory, Catalogue catalogue, TransactionRunner transactions,
      Clock clock, List<OrderCancellationListener> listeners) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Takes an order in. The same order taken again comes back {@link TakeOutcome.AlreadyTaken}; the same id with
   * another content throws {@link OrderConflictException}; an unknown SKU throws
   * {@link dev.o2o.core.catalog.UnknownSkuException}.
   */
  public TakeOutcome take(TakeOrder command) {
    List<OrderLine> lines = new ArrayList<>(command.lines().size());
    for (TakeOrder.Line line : command.lines()) {
      Sku sku = catalogue.require(line.sku());
      lines.add(OrderLine.open(lines.size() + 1, sku.code(), sku.style(), line.quantity()));
    }
    return transactions.inTransaction(() -> {
      Optional<Order> existing = orders.lock(command.id());
      if (existing.isPresent()) {
        if (!command.sameContentAs(existing.get())) {
          throw new OrderConflictException(command.id(), difference(command, existing.get()));
        }
        return new TakeOutcome.AlreadyTaken(existing.get());
      }
      Order order = Order.taken(command.id(), command.orderedAt(), command.customer(), command.destination(), lines,
          command.policy(), clock.instant(), command.actor());
      orders.save(order);
      return new TakeOutcome.Taken(order);
    });
  }

  private static String difference(TakeOrder command, Order order) {
    if (!command.orderedAt().equals(order.orderedAt())) {
      return "order time " + order.orderedAt() + ", now " + command.orderedAt();
    }
    if (!command.customer().equals(order.customer())) {
      return "customer " + order.customer().id() + ", now " + command.customer().id();
    }
    if (!command.destination().equals(order.destination())) {
      return "another destination";
    }
    return "lines " + order.lines().stream().map(l -> l.sku() + " x " + l.quantity()).toList() + ", now "
        + command.lines().stream().map(l -> l.sku() + " x " + l.quantity()).toList();
  }

  /** Cancels every line that is neither shipped nor cancelled; refused when no such line is left. */
  public CancelOutcome cancelOrder(OrderId id, String reason, Actor actor) {
    requireText("reason for cancelling " + id, reason);
    return transactions.inTransaction(() -> {
      Order order = lock(id);
      List<Integer> numbers = order.lines().stream().filter(l -> !l.state().isFinal()).map(OrderLine::number)
          .toList();
      if (numbers.isEmpty()) {
        return new CancelOutcome.Refused(id, "order " + id + " has no line left to cancel: it is " + order.state());
      }
      return cancel(order, numbers, reason, actor);
    });
  }

  /** Cancels one line; refused when it shipped or was cancelled already. */
  public CancelOutcome cancelLine(OrderId id, int lineNumber, String reason, Actor actor) {
    requireText("reason for cancelling " + id, reason);
    return transactions.inTransaction(() -> {
      Order order = lock(id);
      OrderLine line = order.line(lineNumber);
      if (line.state().isFinal()) {
        return new CancelOutcome.Refused(id,
            "line " + lineNumber + " of order " + id + " is " + line.state() + " and cannot be cancelled");
      }
      return cancel(order, List.of(lineNumber), reason, actor);
    });
  }

  private CancelOutcome cancel(Order order, List<Integer> numbers, String reason, Actor actor) {
    List<OrderLine> allocated = numbers.stream().map(order::line).filter(OrderLine::isAllocated).toList();
    List<Movement> deallocations = new ArrayList<>();
    for (OrderLine line : allocated) {
      LineAllocation where = line.allocation().orElseThrow();
      deallocations.add(Movement.builder(MovementKind.DEALLOCATE)
          .id(where.movementId(MovementKind.DEALLOCATE))
          .sku(line.sku())
          .location(where.source())
          .quantity(line.quantity())
          .reference(where.reference())
          .at(clock.instant())
          .actor(actor)
          .build());
    }
    if (!deallocations.isEmpty()) {
      LedgerOutcome outcome = inventory.apply(deallocations);
      if (outcome instanceof LedgerOutcome.Refused refused) {
        // Allocated stock is always there to give back: a refusal means the ledger and the order disagree.
        throw new IllegalStateException("cannot deallocate the cancelled lines of order " + order.id() + ": "
            + refused.refusal().message());
      }
    }
    Order cancelled = order.cancel(numbers, reason, clock.instant(), actor);
    orders.save(cancelled);
    if (!allocated.isEmpty()) {
      listeners.forEach(listener -> listener.onAllocatedLinesCancelled(cancelled, allocated, actor));
    }
    return new CancelOutcome.Cancelled(cancelled, numbers, deallocations);
  }

  /** Puts the order under a shipment hold (replacing any earlier hold); a held order is never allocated. */
  public Order hold(OrderId id, String reason, Actor actor) {
    Hold hold = new Hold(reason, actor, clock.instant());
    return change(id, order -> order.held(hold));
  }

  /** Releases the shipment hold, if any. */
  public Order releaseHold(OrderId id, Actor actor) {
    return change(id, order -> order.isHeld() ? order.released(clock.instant(), actor) : order);
  }

  /** Sets or clears the flag. */
  public Order flag(OrderId id, boolean flagged, Actor actor) {
    return change(id, order -> order.withFlag(flagged, clock.instant(), actor));
  }

  /** Sets or clears priority allocation: priority orders are allocated before the others. */
  public Order prioritise(OrderId id, boolean priority, Actor actor) {
    return change(id, order -> order.withPriority(priority, clock.instant(), actor));
  }

  /** Gives the order an allocation policy of its own (by name), or, with empty, lets it follow the run's. */
  public Order choosePolicy(OrderId id, Optional<String> policy, Actor actor) {
    return change(id, order -> order.withPolicy(policy, clock.instant(), actor));
  }

  /** Adds a note. */
  public Order addNote(OrderId id, String text, Actor actor) {
    OrderNote note = new OrderNote(actor, clock.instant(), text);
    return change(id, order -> order.withNote(note));
  }

  /** The notes of an order, oldest first. */
  public List<OrderNote> notes(OrderId id) {
    return require(id).notes();
  }

  private Order change(OrderId id, UnaryOperator<Order> change) {
    return transactions.inTransaction(() -> {
      Order changed = change.apply(lock(id));
      orders.save(changed);
      return changed;
    });
  }

  private Order lock(OrderId id) {
    return orders.lock(id).orElseThrow(() -> new OrderNotFoundException(id));
  }

  public Optional<Order> find(OrderId id) {
    return orders.find(id);
  }

  /** The order, or an {@link OrderNotFoundException}. */
  public Order require(OrderId id) {
    return orders.find(id).orElseThrow(() -> new OrderNotFoundException(id));
  }

  /** One page of the integrated order view. */
  public OrderPage search(OrderQuery query) {
    return orders.search(query);
  }

  /** For each style the order holds, its stock per location (warehouses and stores), summed over the style's SKUs. */
  public SortedMap<StyleCode, SortedMap<LocationId, StockFigures>> stockOfStyles(OrderId id) {
    SortedMap<StyleCode, SortedMap<LocationId, StockFigures>> stock = new TreeMap<>();
    require(id).lines().stream().map(OrderLine::style).distinct()
        .forEach(style -> stock.put(style, inventory.stockOfStyle(style).byLocation()));
    return Collections.unmodifiableSortedMap(stock);
  }
}
