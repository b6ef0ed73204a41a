package dev.o2o.core.mall;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallEvent.SkuStateChanged;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.Location;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.SkuStatus;
import dev.o2o.core.status.SkuStatusListener;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.status.StatusChange;
import dev.o2o.core.stock.StockChange;
import dev.o2o.core.stock.StockChangeListener;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.stock.StockPosition;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The state of each SKU as the online mall shows it: forced sold-out, limited stock, and the quantity sellable online
 * (the sellable-online figures of the locations that {@linkplain LocationDirectory#onlineSources() ship online},
 * summed; zero when forced sold-out). As a {@link StockChangeListener} and a {@link SkuStatusListener} it writes the
 * new state of a SKU to the {@link Outbox} inside the transaction of every stock movement or status change that alters
 * it, so the SKU is pending exactly when that change committed.
 */
public final class MallStates implements StockChangeListener, SkuStatusListener {

  private final SkuStatusStore statuses;
  private final StockLedger ledger;
  private final LocationDirectory locations;
  private final Outbox outbox;
  private final TransactionRunner transactions;
  private final Clock clock;

  /** Mall states read from these ports, written to {@code outbox} with times from {@code clock}. */
  public MallStates(SkuStatusStore statuses, StockLedger ledger, LocationDirectory locations, Outbox outbox,
      TransactionRunner transactions, Clock clock) {
    this.statuses = Objects.requireNonNull(statuses, "statuses");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.locations = Objects.requireNonNull(locations, "locations");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The mall-facing state of a SKU as it is now. */
  public SkuStateChanged stateOf(SkuCode sku) {
    return transactions.inTransaction(() -> current(sku, onlineSources()));
  }

  /**
   * Marks SKUs pending with their current state, in one transaction: for a host that changed what the mall sees
   * without a stock movement or status change, for example which locations ship online, or that wants a full resend.
   */
  public void markPending(Collection<SkuCode> skus) {
    SortedSet<SkuCode> sorted = new TreeSet<>(skus);
    transactions.run(() -> {
      Set<LocationId> online = onlineSources();
      sorted.forEach(sku -> outbox.append(current(sku, online), clock.instant()));
    });
  }

  /**
   * The events with every SKU state replaced by the SKU's state as it is now, read in one transaction; other events
   * pass unchanged. A relay that refreshes before sending never sends a state older than the last committed change,
   * even when two transactions that changed one SKU at once each wrote a state without seeing the other's change.
   */
  public List<MallEvent> refreshed(List<MallEvent> events) {
    if (events.stream().noneMatch(SkuStateChanged.class::isInstance)) {
      return List.copyOf(events);
    }
    return transactions.inTransaction(() -> {
      Set<LocationId> online = onlineSources();
      return events.stream()
          .map(event -> event instanceof SkuStateChanged state ? (MallEvent) current(state.sku(), online) : event)
          .toList();
    });
  }

  @Override
  public void onStockChanged(StockChange change) {
    Set<LocationId> online = onlineSources();
    Map<SkuCode, Integer> delta = new HashMap<>();
    change.after().forEach((key, after) -> {
      if (online.contains(key.location())) {
        StockPosition before = change.before().getOrDefault(key, StockPosition.empty(key));
        delta.merge(key.sku(), after.sellableOnline() - before.sellableOnline(), Integer::sum);
      }
    });
    delta.entrySet().stream()
        .filter(e -> e.getValue() != 0)
        .map(Map.Entry::getKey)
        .sorted()
        .forEach(sku -> {
          SkuStatus status = status(sku);
          if (!status.forcedSoldOut()) { // a forced sold-out SKU shows zero whatever the stock
            outbox.append(state(status, sellableOnline(sku, online)), clock.instant());
          }
        });
  }

  @Override
  public void onStatusChanged(List<StatusChange> changes) {
    List<StatusChange> seen = changes.stream().filter(StatusChange::changesMallState).toList();
    if (seen.isEmpty()) {
      return;
    }
    Set<LocationId> online = onlineSources();
    seen.forEach(change ->
        outbox.append(state(change.after(), sellableOnline(change.sku(), online)), clock.instant()));
  }

  private SkuStateChanged current(SkuCode sku, Set<LocationId> online) {
    return state(status(sku), sellableOnline(sku, online));
  }

  private SkuStatus status(SkuCode sku) {
    return statuses.find(sku).orElseGet(() -> SkuStatus.initial(sku));
  }

  private Set<LocationId> onlineSources() {
    return locations.onlineSources().stream().map(Location::id).collect(Collectors.toSet());
  }

  private int sellableOnline(SkuCode sku, Set<LocationId> online) {
    return ledger.positionsOfSkus(List.of(sku)).stream()
        .filter(position -> online.contains(position.location()))
        .mapToInt(StockPosition::sellableOnline)
        .sum();
  }

  private static SkuStateChanged state(SkuStatus status, int sellableOnline) {
    return new SkuStateChanged(status.sku(), status.forcedSoldOut(), status.limitedStock(),
        status.forcedSoldOut() ? 0 : sellableOnline);
  }
}
