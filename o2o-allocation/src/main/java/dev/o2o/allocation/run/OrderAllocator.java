package dev.o2o.allocation.run;

import dev.o2o.allocation.policy.AllocationPolicies;
import dev.o2o.allocation.policy.AllocationPolicy;
import dev.o2o.allocation.policy.Decision;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.ShipmentLine;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.sourcing.Assignment;
import dev.o2o.allocation.sourcing.Availability;
import dev.o2o.allocation.sourcing.Demand;
import dev.o2o.allocation.sourcing.Shortage;
import dev.o2o.allocation.sourcing.SourcingDraft;
import dev.o2o.allocation.sourcing.SourcingRule;
import dev.o2o.allocation.sourcing.SourcingRules;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.order.LineAllocation;
import dev.o2o.core.order.Order;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.order.OrderLine;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.LedgerOutcome;
import dev.o2o.core.stock.Movement;
import dev.o2o.core.stock.MovementKind;
import dev.o2o.core.stock.Reference;
import dev.o2o.core.stock.ReferenceKind;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allocation run, the use case. Takes every order with open lines (priority first, then oldest, then by id),
 * reports held ones as held, groups the others by their policy, and lets each group's policy decide, one group after
 * the other, against a working copy of what the online sources may sell. Each group's shipments, their ALLOCATE
 * movements and the order lines commit in one transaction, or not at all; a dry run commits nothing and reports the
 * same. The same stores and inputs give the same plan; two runs at once never allocate the same stock or order line
 * twice, because each commit re-checks the orders and lets the ledger refuse what is no longer there.
 */
public final class OrderAllocator {

  private static final Logger log = LoggerFactory.getLogger(OrderAllocator.class);

  private final OrderStore orders;
  private final ShipmentStore shipments;
  private final Inventory inventory;
  private final LocationDirectory locations;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final SourcingRule sourcingRule;
  private final Map<String, AllocationPolicy> policies;
  private final int commitBatch;

  private OrderAllocator(Builder builder) {
    this.orders = Objects.requireNonNull(builder.orders, "orders");
    this.shipments = Objects.requireNonNull(builder.shipments, "shipments");
    this.inventory = Objects.requireNonNull(builder.inventory, "inventory");
    this.locations = Objects.requireNonNull(builder.locations, "locations");
    this.transactions = Objects.requireNonNull(builder.transactions, "transactions");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.sourcingRule = builder.sourcingRule;
    this.commitBatch = builder.commitBatch;
    Map<String, AllocationPolicy> byName = new LinkedHashMap<>();
    builder.policies.forEach(p -> byName.put(p.name(), p));
    this.policies = Map.copyOf(byName);
  }

  /** Starts an allocator on the given ports; sourcing rule {@link SourcingRules#standard()}, built-in policies. */
  public static Builder builder(OrderStore orders, ShipmentStore shipments, Inventory inventory,
      LocationDirectory locations, TransactionRunner transactions, Clock clock) {
    return new Builder(orders, shipments, inventory, locations, transactions, clock);
  }

  /** Runs an allocation and reports it. */
  public AllocationReport run(AllocationRequest request) {
    Instant started = clock.instant();
    Prepared prepared = prepare(request);
    Availability availability = prepared.availability();
    Outcomes outcomes = prepared.outcomes();
    Group[] groups = prepared.groups();
    List<Planned> pending = new ArrayList<>(commitBatch);
    for (int g = 0; g < groups.length; g++) {
      Group group = groups[g];
      // Let go of each group once planned: its orders are the versions read before allocation, and a large run
      // would otherwise keep every order twice (as read, and as saved allocated) until its end.
      groups[g] = null;
      Optional<Planned> planned = plan(group, availability, outcomes);
      if (planned.isEmpty()) {
        continue;
      }
      if (request.dryRun()) {
        conclude(planned.get(), planned.get().decision().shipments().stream()
            .map(s -> Optional.<ShipmentId>empty()).toList(), outcomes);
        continue;
      }
      pending.add(planned.get());
      if (pending.size() >= commitBatch) {
        flush(pending, availability, request.actor(), outcomes);
        pending.clear();
      }
    }
    flush(pending, availability, request.actor(), outcomes);
    AllocationReport report = report(request, started, outcomes, availability);
    log.info("allocation run ({}{}): {}", request.policy().name(), request.dryRun() ? ", dry run" : "",
        report.totals());
    return report;
  }

  /**
   * What a run starts from: the availability of the SKUs the groups' open lines ask for, a slot per candidate order,
   * and the groups to plan, in order.
   */
  private record Prepared(Availability availability, Outcomes outcomes, Group[] groups) {}

  /**
   * Reads the orders with open lines, reports held orders and unknown policies, groups the others and reads the stock
   * their open lines ask for. The orders as read are kept only by their groups.
   */
  private Prepared prepare(AllocationRequest request) {
    List<Order> candidates = orders.withOpenLines();
    Outcomes outcomes = new Outcomes(candidates.size());
    // The groups in the order of their first order; the groups by key only for policies that share them (BULK).
    Group[] groups = new Group[candidates.size()];
    int groupCount = 0;
    Map<GroupKey, Group> byKey = new HashMap<>();
    Availability.Asked asked = Availability.asking(locations.onlineSources());
    for (int i = 0; i < candidates.size(); i++) {
      Order order = candidates.get(i);
      if (order.isHeld()) {
        outcomes.settle(i, new OrderOutcome.NotAllocated(order.id(),
            new NotAllocatedReason.Held(order.hold().orElseThrow().reason())));
        continue;
      }
      Optional<AllocationPolicy> policy = policyOf(order, request);
      if (policy.isEmpty()) {
        outcomes.settle(i, new OrderOutcome.NotAllocated(order.id(),
            new NotAllocatedReason.UnknownPolicy(order.policy().orElseThrow())));
        continue;
      }
      AllocationPolicy chosen = policy.get();
      GroupKey key = chosen.groupsEachOrderAlone() ? null : new GroupKey(chosen.name(), chosen.groupKey(order));
      Group group = key == null ? null : byKey.get(key);
      if (group != null) {
        group.add(order, i, asked);
        continue;
      }
      group = new Group(chosen, order, i, asked);
      groups[groupCount++] = group;
      if (key != null) {
        byKey.put(key, group);
      }
    }
    return new Prepared(asked.read(inventory), outcomes, Arrays.copyOf(groups, groupCount));
  }

  private Optional<AllocationPolicy> policyOf(Order order, AllocationRequest request) {
    if (order.policy().isEmpty() || order.policy().get().equals(request.policy().name())) {
      return Optional.of(request.policy());
    }
    return Optional.ofNullable(policies.get(order.policy().get()));
  }

  /** A group whose policy decided to allocate, and what; taken from the availability, not yet committed. */
  private record Planned(Group group, Decision.Allocate decision) {}

  /** Lets the group's policy decide; a refusal goes straight into the outcomes. */
  private Optional<Planned> plan(Group group, Availability availability, Outcomes outcomes) {
    List<Demand> demand = group.demand();
    Decision decision = group.policy.decide(demand, new SourcingDraft(availability, sourcingRule));
    if (decision instanceof Decision.Refuse refused) {
      NotAllocatedReason reason = new NotAllocatedReason.Short(group.policy.name(), group.ids(), refused.why(),
          refused.shortages());
      for (int k = 0; k < group.size(); k++) {
        outcomes.settle(group.slot(k), new OrderOutcome.NotAllocated(group.id(k), reason));
      }
      return Optional.empty();
    }
    Decision.Allocate allocate = (Decision.Allocate) decision;
    take(availability, allocate.shipments(), +1);
    return Optional.of(new Planned(group, allocate));
  }

  /**
   * Commits the planned groups in one transaction; when anything in it is no longer so, commits them one by one, so
   * that only the groups that changed meanwhile are left out.
   */
  private void flush(List<Planned> pending, Availability availability, Actor actor, Outcomes outcomes) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      List<List<Optional<ShipmentId>>> ids = transactions.inTransaction(() -> commit(pending, actor));
      for (int i = 0; i < pending.size(); i++) {
        conclude(pending.get(i), ids.get(i), outcomes);
      }
    } catch (StaleAllocation stale) {
      if (pending.size() > 1) {
        for (Planned planned : pending) {
          flush(List.of(planned), availability, actor, outcomes);
        }
        return;
      }
      Planned planned = pending.get(0);
      take(availability, planned.decision().shipments(), -1);
      NotAllocatedReason reason = new NotAllocatedReason.ChangedMeanwhile(stale.getMessage());
      Group group = planned.group();
      for (int k = 0; k < group.size(); k++) {
        outcomes.settle(group.slot(k), new OrderOutcome.NotAllocated(group.id(k), reason));
      }
    }
  }

  /** The outcomes of a group whose shipments got {@code ids} (empty in a dry run). */
  private static void conclude(Planned planned, List<Optional<ShipmentId>> ids, Outcomes outcomes) {
    Group group = planned.group();
    Decision.Allocate allocate = planned.decision();
    List<PlannedShipment> shipments = new ArrayList<>(ids.size());
    for (int s = 0; s < ids.size(); s++) {
      Assignment assignment = allocate.shipments().get(s);
      shipments.add(new PlannedShipment(ids.get(s), assignment.source().id(), assignment.lines()));
    }
    outcomes.shipped(shipments);
    for (int k = 0; k < group.size(); k++) {
      OrderId id = group.id(k);
      List<PlannedShipment> own = shipments.size() == 1 && group.size() == 1
          ? shipments
          : shipments.stream().filter(p -> p.lines().stream().anyMatch(l -> l.order().equals(id))).toList();
      List<Shortage> left = allocate.left().isEmpty() ? List.of()
          : allocate.left().stream().filter(s -> s.line().order().equals(id)).toList();
      OrderOutcome outcome;
      if (own.isEmpty()) {
        outcome = new OrderOutcome.NotAllocated(id, new NotAllocatedReason.Short(group.policy.name(), group.ids(),
            "none of its lines is available", left));
      } else if (left.isEmpty()) {
        outcome = new OrderOutcome.Allocated(id, own);
      } else {
        outcome = new OrderOutcome.PartlyAllocated(id, own, left);
      }
      outcomes.settle(group.slot(k), outcome);
    }
  }

  private static void take(Availability availability, List<Assignment> assignments, int sign) {
    for (int s = 0; s < assignments.size(); s++) {
      Assignment assignment = assignments.get(s);
      List<Demand> lines = assignment.lines();
      for (int i = 0; i < lines.size(); i++) {
        Demand line = lines.get(i);
        if (sign > 0) {
          availability.take(line.sku(), assignment.index(), line.quantity());
        } else {
          availability.giveBack(line.sku(), assignment.index(), line.quantity());
        }
      }
    }
  }

  /**
   * Inside a transaction: re-checks the orders of every planned group, books all their movements as one batch, and
   * saves shipments and orders. Throws {@link StaleAllocation} (rolling everything back) when something changed.
   */
  private List<List<Optional<ShipmentId>>> commit(List<Planned> pending, Actor actor) {
    Instant at = clock.instant();
    Order[][] current = lock(pending);
    List<List<Optional<ShipmentId>>> ids = new ArrayList<>(pending.size());
    Booking booking = new Booking(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(current.length));
    for (int g = 0; g < pending.size(); g++) {
      ids.add(book(pending.get(g).decision().shipments(), current[g], at, actor, booking));
    }
    LedgerOutcome outcome = inventory.apply(booking.movements());
    if (outcome instanceof LedgerOutcome.Refused refused) {
      throw new StaleAllocation(refused.refusal().message());
    }
    List<StockPosition> positions = ((LedgerOutcome.Applied) outcome).positions();
    for (int i = 0; i < positions.size(); i++) {
      StockPosition position = positions.get(i);
      if (position.available() < position.safetyStock()) {
        throw new StaleAllocation("allocating " + position.sku() + " at " + position.location()
            + " would reach into its safety stock of " + position.safetyStock());
      }
    }
    shipments.saveAll(booking.shipments());
    orders.saveAll(booking.orders());
    return ids;
  }

  /** What a commit books, group by group: the movements, the shipments and the orders' allocated versions. */
  private record Booking(List<Movement> movements, List<Shipment> shipments, List<Order> orders) {}

  /**
   * Books one group: a shipment per assignment, and the group's orders (as locked, in the group's order) with those
   * lines allocated. Returns the shipments' ids.
   */
  private List<Optional<ShipmentId>> book(List<Assignment> assignments, Order[] orders, Instant at, Actor actor,
      Booking booking) {
    // Per order: the lines allocated, by line number.
    @SuppressWarnings("unchecked")
    SortedMap<Integer, LineAllocation>[] allocated = new SortedMap[orders.length];
    List<Optional<ShipmentId>> ids = new ArrayList<>(assignments.size());
    for (int s = 0; s < assignments.size(); s++) {
      ShipmentId id = shipments.nextId();
      ids.add(Optional.of(id));
      booking.shipments().add(ship(id, assignments.get(s), orders, allocated, at, actor, booking.movements()));
    }
    for (int k = 0; k < orders.length; k++) {
      if (allocated[k] != null) {
        booking.orders().add(orders[k].allocate(allocated[k], at, actor));
      }
    }
    return ids;
  }

  /**
   * Shipment {@code id} of {@code assignment}'s lines, with a movement per line added to {@code movements} and each
   * line's allocation to {@code allocated} (per order, as in {@code orders}). Throws {@link StaleAllocation} for a line
   * no longer open.
   */
  private static Shipment ship(ShipmentId id, Assignment assignment, Order[] orders,
      SortedMap<Integer, LineAllocation>[] allocated, Instant at, Actor actor, List<Movement> movements) {
    // Indexed loops and the movement's own constructor: a million-order run otherwise makes an iterator per list and
    // a builder per movement, which the JIT does not always remove.
    List<Demand> demands = assignment.lines();
    List<ShipmentLine> lines = new ArrayList<>(demands.size());
    LocationId source = assignment.source().id();
    Reference reference = Reference.of(ReferenceKind.SHIPMENT, id.value());
    for (int i = 0; i < demands.size(); i++) {
      Demand demand = demands.get(i);
      int k = indexOf(orders, demand.order());
      OrderLine line = orders[k].line(demand.line());
      if (!line.isOpen()) {
        throw new StaleAllocation("line " + demand.line() + " of order " + demand.order() + " is now " + line.state());
      }
      ShipmentLine shipmentLine = new ShipmentLine(lines.size() + 1, demand.order(), demand.line(), demand.sku(),
          Quantity.of(demand.quantity()), false);
      lines.add(shipmentLine);
      LineAllocation where = shipmentLine.allocation(id, source);
      if (allocated[k] == null) {
        allocated[k] = new TreeMap<>();
      }
      allocated[k].put(demand.line(), where);
      movements.add(new Movement(where.movementId(MovementKind.ALLOCATE), MovementKind.ALLOCATE, demand.sku(),
          source, Quantity.of(demand.quantity()), Optional.empty(), reference, at, actor, Optional.empty()));
    }
    return Shipment.allocated(id, source, lines, at, actor);
  }

  /**
   * Locks the orders of the planned groups, in id order so that two runs committing at once lock alike, and returns
   * them as they are now, per group in the group's order. Throws {@link StaleAllocation} for an order gone or held.
   */
  private Order[][] lock(List<Planned> pending) {
    List<OrderId> ids = new ArrayList<>(pending.size());
    for (Planned planned : pending) {
      Group group = planned.group();
      for (int k = 0; k < group.size(); k++) {
        ids.add(group.id(k));
      }
    }
    // Sorted before they are locked, not only after: a store that sorts them again (the in-memory one, to lock in id
    // order) then finds them sorted at once. Checked in id order, so that a batch with several changes names the same
    // one each time.
    ids.sort(null);
    Map<OrderId, Order> locked = orders.lockAll(ids);
    for (OrderId id : ids) {
      Order order = locked.get(id);
      if (order == null) {
        throw new StaleAllocation("order " + id + " is gone");
      }
      if (order.isHeld()) {
        throw new StaleAllocation("order " + id + " was put on hold");
      }
    }
    Order[][] current = new Order[pending.size()][];
    for (int g = 0; g < pending.size(); g++) {
      Group group = pending.get(g).group();
      current[g] = new Order[group.size()];
      for (int k = 0; k < group.size(); k++) {
        current[g][k] = locked.get(group.id(k));
      }
    }
    return current;
  }

  /** Where order {@code id} is among a group's orders: a group holds one order, or a customer's few. */
  private static int indexOf(Order[] group, OrderId id) {
    for (int k = 0; k < group.length; k++) {
      if (group[k].id().equals(id)) {
        return k;
      }
    }
    throw new IllegalStateException("order " + id + " is not in its group");
  }

  private static AllocationReport report(AllocationRequest request, Instant started, Outcomes outcomes,
      Availability availability) {
    List<SkuCode> touched = availability.skus();
    List<SkuAvailability> skus = new ArrayList<>(touched.size());
    for (SkuCode sku : touched) {
      skus.add(new SkuAvailability(sku, availability.availableBeforeAllocation(sku),
          availability.availableAtStart(sku), availability.availableNow(sku)));
    }
    return new AllocationReport(request.policy().name(), request.dryRun(), started, outcomes.inReportOrder(),
        outcomes.totals(), skus);
  }

  /** A group's identity: the policy and the key it groups by. */
  private record GroupKey(String policy, Object key) {}

  /**
   * Orders allocated together: their ids, their places in the report and their open lines, read while the orders are
   * grouped, so that planning does not go back to the orders (a large run would read each from memory twice). Most
   * groups are one order, whose id and place it keeps in fields of its own: a run holds a group per order until it
   * plans it.
   */
  private static final class Group {
    final AllocationPolicy policy;
    private final OrderId firstId;
    private final int firstSlot;
    /** The ids and places of the orders after the first, or null. */
    private OrderId[] moreIds;
    private int[] moreSlots;
    private int size;
    /** The open lines: an immutable list, or, once a second order joins, a growing one until {@link #demand()}. */
    private List<Demand> lines;

    /** A group of {@code order}, at place {@code slot} of the report, whose open lines' SKUs it asks about. */
    Group(AllocationPolicy policy, Order order, int slot, Availability.Asked asked) {
      this.policy = policy;
      this.firstId = order.id();
      this.firstSlot = slot;
      this.size = 1;
      this.lines = openLines(order, asked);
    }

    /** Adds another order, at place {@code slot} of the report, with its open lines, whose SKUs it asks about. */
    void add(Order order, int slot, Availability.Asked asked) {
      if (moreIds == null) {
        moreIds = new OrderId[2];
        moreSlots = new int[2];
        lines = new ArrayList<>(lines);
      } else if (size - 1 == moreIds.length) {
        moreIds = Arrays.copyOf(moreIds, moreIds.length * 2);
        moreSlots = Arrays.copyOf(moreSlots, moreIds.length);
      }
      moreIds[size - 1] = order.id();
      moreSlots[size - 1] = slot;
      size++;
      lines.addAll(openLines(order, asked));
    }

    private static List<Demand> openLines(Order order, Availability.Asked asked) {
      List<OrderLine> all = order.lines();
      int open = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).isOpen()) {
          open++;
        }
      }
      Demand[] demand = new Demand[open];
      int d = 0;
      for (int i = 0; i < all.size(); i++) {
        OrderLine line = all.get(i);
        if (line.isOpen()) {
          demand[d++] = Demand.of(order.id(), line);
          asked.ask(line.sku());
        }
      }
      return List.of(demand);
    }

    int size() {
      return size;
    }

    OrderId id(int k) {
      return k == 0 ? firstId : moreIds[k - 1];
    }

    int slot(int k) {
      return k == 0 ? firstSlot : moreSlots[k - 1];
    }

    List<OrderId> ids() {
      if (size == 1) {
        return List.of(firstId);
      }
      OrderId[] all = new OrderId[size];
      all[0] = firstId;
      System.arraycopy(moreIds, 0, all, 1, size - 1);
      return List.of(all);
    }

    /** The open lines of the group's orders, in order; immutable, so that a draft knows when it is asked again. */
    List<Demand> demand() {
      lines = List.copyOf(lines);
      return lines;
    }
  }

  /** Thrown inside a commit to roll it back: what the plan relied on is no longer so. */
  private static final class StaleAllocation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleAllocation(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Builds an {@link OrderAllocator}; defaults: {@link SourcingRules#standard()}, {@link AllocationPolicies#builtIn()},
   * a commit batch of 128 groups.
   */
  public static final class Builder {
    private final OrderStore orders;
    private final ShipmentStore shipments;
    private final Inventory inventory;
    private final LocationDirectory locations;
    private final TransactionRunner transactions;
    private final Clock clock;
    private SourcingRule sourcingRule = SourcingRules.standard();
    private List<AllocationPolicy> policies = AllocationPolicies.builtIn();
    private int commitBatch = 128;

    private Builder(OrderStore orders, ShipmentStore shipments, Inventory inventory, LocationDirectory locations,
        TransactionRunner transactions, Clock clock) {
      this.orders = orders;
      this.shipments = shipments;
      this.inventory = inventory;
      this.locations = locations;
      this.transactions = transactions;
      this.clock = clock;
    }

    /** The rule that ranks candidate sources. */
    public Builder sourcingRule(SourcingRule rule) {
      this.sourcingRule = Objects.requireNonNull(rule, "sourcing rule");
      return this;
    }

    /** The policies orders may name, replacing the built-in ones (add them back with {@link AllocationPolicies#builtIn()}). */
    public Builder policies(List<AllocationPolicy> known) {
      this.policies = List.copyOf(known);
      return this;
    }

    /**
     * How many groups commit in one transaction (default 128). Each group's shipments still commit whole or not at
     * all: when a batch meets a change made meanwhile, its groups are committed one by one.
     */
    public Builder commitBatch(int groups) {
      if (groups < 1) {
        throw new IllegalArgumentException("commit batch must be 1 or more, got " + groups);
      }
      this.commitBatch = groups;
      return this;
    }

    public OrderAllocator build() {
      return new OrderAllocator(this);
    }
  }
}
