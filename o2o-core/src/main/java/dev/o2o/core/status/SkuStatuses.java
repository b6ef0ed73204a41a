package dev.o2o.core.status;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SKU status, the use case: changes the status of one SKU or of a whole style (all of its SKUs or none), keeping who
 * changed it and when; lists statuses by style and flags; reads a SKU's history. Listeners hear of every change inside
 * its transaction. Thread-safe; as safe under concurrency as the {@link SkuStatusStore} it is given locks.
 */
public final class SkuStatuses {

  private static final Logger log = LoggerFactory.getLogger(SkuStatuses.class);

  private final SkuStatusStore store;
  private final Catalogue catalogue;
  private final TransactionRunner transactions;
  private final Clock clock;
  private final List<SkuStatusListener> listeners;

  /** SKU statuses on the given ports, telling {@code listeners} of every change inside its transaction. */
  public SkuStatuses(SkuStatusStore store, Catalogue catalogue, TransactionRunner transactions, Clock clock,
      List<SkuStatusListener> listeners) {
    this.store = Objects.requireNonNull(store, "store");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listeners = List.copyOf(listeners);
  }

  /** SKU statuses with no listeners. */
  public SkuStatuses(SkuStatusStore store, Catalogue catalogue, TransactionRunner transactions, Clock clock) {
    this(store, catalogue, transactions, clock, List.of());
  }

  /**
   * Applies the command's update to every SKU it targets, all of them or none, and returns the changes, in SKU order
   * (a SKU whose status the update leaves as it was is not changed and not in the list). An unknown SKU throws
   * {@link dev.o2o.core.catalog.UnknownSkuException}, a style without SKUs an {@link IllegalArgumentException}, and a
   * contradictory result an {@link InvalidStatusException} naming the SKU and the field; then nothing changes.
   */
  public List<StatusChange> change(ChangeStatus command) {
    Objects.requireNonNull(command, "command");
    SortedSet<SkuCode> skus = skusOf(command.target());
    Instant at = clock.instant();
    return transactions.inTransaction(() -> {
      SortedMap<SkuCode, SkuStatus> before = store.lockStatuses(skus);
      List<StatusChange> changes = new ArrayList<>();
      for (SkuCode sku : skus) {
        SkuStatus old = before.getOrDefault(sku, SkuStatus.initial(sku));
        SkuStatus updated = command.update().applyTo(old);
        if (!updated.equals(old)) {
          changes.add(new StatusChange(old, updated, at, command.actor()));
        }
      }
      if (!changes.isEmpty()) {
        store.record(changes.stream().map(StatusChange::revision).toList());
        List<StatusChange> told = List.copyOf(changes);
        listeners.forEach(listener -> listener.onStatusChanged(told));
      }
      log.debug("{} changed the status of {} SKU(s) of {}", command.actor(), changes.size(), command.target());
      return List.copyOf(changes);
    });
  }

  private SortedSet<SkuCode> skusOf(StatusTarget target) {
    if (target instanceof StatusTarget.OneSku one) {
      return new TreeSet<>(List.of(catalogue.require(one.sku()).code()));
    }
    StatusTarget.WholeStyle whole = (StatusTarget.WholeStyle) target;
    SortedSet<SkuCode> skus = catalogue.skusOfStyle(whole.style()).stream()
        .map(Sku::code)
        .collect(Collectors.toCollection(TreeSet::new));
    if (skus.isEmpty()) {
      throw new IllegalArgumentException("style " + whole.style() + " has no SKUs in the catalogue");
    }
    return skus;
  }

  /** The current status of a SKU of the catalogue: the initial one when nobody set it. */
  public SkuStatus statusOf(SkuCode sku) {
    catalogue.require(sku);
    return store.find(sku).orElseGet(() -> SkuStatus.initial(sku));
  }

  /**
   * The statuses the query asks for, sorted by SKU; SKUs nobody set a status for count with their initial status. A
   * query over the whole catalogue whose flags the initial status matches reads every SKU of the catalogue.
   */
  public List<SkuStatus> query(StatusQuery query) {
    Objects.requireNonNull(query, "query");
    StatusFlags flags = query.flags();
    if (query.style().isEmpty() && !flags.matchInitial()) {
      return store.findFlagged(flags);
    }
    List<SkuCode> skus = (query.style().isPresent() ? catalogue.skusOfStyle(query.style().get()) : catalogue.all())
        .stream().map(Sku::code).toList();
    Map<SkuCode, SkuStatus> recorded = store.findAll(skus).stream()
        .collect(Collectors.toMap(SkuStatus::sku, Function.identity()));
    return skus.stream()
        .sorted()
        .map(sku -> recorded.getOrDefault(sku, SkuStatus.initial(sku)))
        .filter(flags::matches)
        .toList();
  }

  /** The history of a SKU's status, oldest first: every change, with who made it and when. */
  public List<StatusRevision> history(SkuCode sku) {
    catalogue.require(sku);
    return store.history(sku);
  }
}
