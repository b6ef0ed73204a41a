package dev.o2o.core.stock;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.Quantity;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import dev.o2o.core.tx.TransactionRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Integrated stock, the use case: applies movements to the ledger under the {@link StockRules} (a batch all or
 * nothing, each movement id at most once), sets safety stock, answers stock queries and reconciles positions with
 * the ledger. Thread-safe; as safe under concurrency as the {@link StockLedger} it is given locks.
 */
public final class Inventory {

  private static final Logger log = LoggerFactory.getLogger(Inventory.class);

  private final StockLedger ledger;
  private final Catalogue catalogue;
  private final TransactionRunner transactions;
  private final List<StockChangeListener> listeners;

  /** An inventory on the given ports, telling {@code listeners} of every change inside its transaction. */
  public Inventory(StockLedger ledger, Catalogue catalogue, TransactionRunner transactions,
      List<StockChangeListener> listeners) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.listeners = List.copyOf(listeners);
  }

  /** An inventory with no listeners. */
  public Inventory(StockLedger ledger, Catalogue catalogue, TransactionRunner transactions) {
    this(ledger, catalogue, transactions, List.of());
  }

  /** Applies one movement. */
  public LedgerOutcome apply(Movement movement) {
    return apply(List.of(movement));
  }

  /**
   * Applies a batch of movements, all of them or none. Movements whose id is already in the ledger with the same
   * content are not applied again (they come back as replayed); an id already in the ledger with another content
   * throws {@link IdempotencyConflictException}; an unknown SKU throws
   * {@link dev.o2o.core.catalog.UnknownSkuException}. A movement the rules refuse makes the whole batch come back
   * {@link LedgerOutcome.Refused}, with nothing written.
   */
  public LedgerOutcome apply(List<Movement> batch) {
    List<Movement> movements = List.copyOf(batch);
    Set<MovementId> ids = idsOf(movements);
    // The positions are found and sorted once, outside the transaction: the order every writer locks in.
    BatchPositions positions = BatchPositions.of(movements);
    return transactions.inTransaction(() -> applyInTransaction(movements, ids, positions));
  }

  private LedgerOutcome applyInTransaction(List<Movement> batch, Set<MovementId> ids, BatchPositions positions) {
    // Lock first, then look for earlier copies: two calls with the same ids lock the same positions, so the
    // second sees what the first recorded.
    StockLedger.LockedBatch locked = ledger.lockBatch(positions.keys(), ids);
    SortedMap<PositionKey, StockPosition> before = locked.positions();
    requireKnownSkus(before);
    Map<MovementId, Movement> recorded = locked.earlier();
    List<Movement> fresh = batch;
    List<Movement> replayed = List.of();
    boolean[] isReplay = null;
    if (!recorded.isEmpty()) {
      List<Movement> freshOnes = new ArrayList<>();
      List<Movement> replayedOnes = new ArrayList<>();
      isReplay = new boolean[batch.size()];
      for (int i = 0; i < batch.size(); i++) {
        Movement movement = batch.get(i);
        Movement earlier = recorded.get(movement.id());
        if (earlier == null) {
          freshOnes.add(movement);
        } else if (earlier.sameContentAs(movement)) {
          replayedOnes.add(earlier);
          isReplay[i] = true;
        } else {
          throw new IdempotencyConflictException(earlier, movement);
        }
      }
      fresh = List.copyOf(freshOnes);
      replayed = List.copyOf(replayedOnes);
    }
    if (fresh.isEmpty()) {
      return new LedgerOutcome.Applied(replayed, replayed, List.copyOf(before.values()));
    }
    // A unit of work may be run again: the positions start afresh from what this attempt locked.
    positions.start(before);
    Optional<StockRefusal> refusal = StockRules.move(positions, batch, isReplay);
    if (refusal.isPresent()) {
      log.debug("refused: {}", refusal.get());
      return new LedgerOutcome.Refused(refusal.get());
    }
    List<StockPosition> after = positions.after();
    ledger.record(fresh, after);
    if (!listeners.isEmpty()) {
      StockChange change = new StockChange(fresh, before, positions.afterByKey());
      listeners.forEach(listener -> listener.onStockChanged(change));
    }
    List<Movement> all = fresh;
    if (!replayed.isEmpty()) {
      all = new ArrayList<>(replayed);
      all.addAll(fresh);
    }
    return new LedgerOutcome.Applied(all, replayed, after);
  }

  /** The ids of a batch; refuses an empty batch and an id given twice. */
  private static Set<MovementId> idsOf(List<Movement> batch) {
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("a batch of movements must hold at least one movement");
    }
    MovementId[] ids = new MovementId[batch.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = batch.get(i).id();
    }
    try {
      // An open-addressing table of the ids themselves, no node per id; it refuses an id given twice.
      return Set.of(ids);
    } catch (IllegalArgumentException duplicate) {
      Set<MovementId> seen = new HashSet<>();
      for (MovementId id : ids) {
        if (!seen.add(id)) {
          throw new IllegalArgumentException("movement id " + id + " appears twice in one batch");
        }
      }
      throw duplicate;
    }
  }

  /**
   * Throws {@link dev.o2o.core.catalog.UnknownSkuException} for a SKU of {@code locked} that the catalogue does not
   * know, asking the catalogue only about SKUs whose locked positions are all empty. A position is written only here,
   * after this check in the same transaction, and the catalogue never removes a SKU: so a SKU with a non-empty
   * position is known. Asked inside the transaction and never cached, so a SKU saved in a transaction that is rolled
   * back is not taken for known afterwards (its positions are rolled back with it).
   */
  private void requireKnownSkus(SortedMap<PositionKey, StockPosition> locked) {
    // Keys sort by SKU first: each SKU's positions come together.
    SkuCode sku = null;
    boolean empty = true;
    for (StockPosition position : locked.values()) {
      if (!position.sku().equals(sku)) {
        if (sku != null && empty) {
          catalogue.require(sku);
        }
        sku = position.sku();
        empty = true;
      }
      empty &= position.isEmpty();
    }
    if (sku != null && empty) {
      catalogue.require(sku);
    }
  }

  /** Sets the safety stock of a position: configuration, not a movement. */
  public StockPosition setSafetyStock(SkuCode sku, LocationId location, Quantity safetyStock) {
    PositionKey key = PositionKey.of(sku, location);
    return transactions.inTransaction(() -> {
      SortedMap<PositionKey, StockPosition> before = ledger.lockPositions(new TreeSet<>(Set.of(key)));
      requireKnownSkus(before);
      StockPosition changed = before.get(key).withSafetyStock(safetyStock.value());
      ledger.record(List.of(), List.of(changed));
      StockChange change = new StockChange(List.of(), before, new TreeMap<>(Map.of(key, changed)));
      listeners.forEach(listener -> listener.onStockChanged(change));
      return changed;
    });
  }

  /** One position; empty figures where nothing was ever booked. */
  public StockPosition position(SkuCode sku, LocationId location) {
    PositionKey key = PositionKey.of(sku, location);
    return ledger.position(key).orElseGet(() -> StockPosition.empty(key));
  }

  /** The integrated stock of one SKU: each location and the totals. */
  public StockView stockOf(SkuCode sku) {
    return new StockView(ledger.positionsOfSkus(List.of(sku)));
  }

  /** The integrated stock of several SKUs, each at every location. */
  public StockView stockOfSkus(java.util.Collection<SkuCode> skus) {
    return new StockView(ledger.positionsOfSkus(skus));
  }

  /** The integrated stock of a style: every SKU at every location; {@link StockView#byLocation()} per warehouse. */
  public StockView stockOfStyle(StyleCode style) {
    return new StockView(ledger.positionsOfSkus(
        catalogue.skusOfStyle(style).stream().map(dev.o2o.core.catalog.Sku::code).toList()));
  }

  /** Every position at one location. */
  public StockView stockAt(LocationId location) {
    return new StockView(ledger.positionsAt(location));
  }

  /** The ledger of one SKU, oldest first. */
  public List<Movement> movementsOf(SkuCode sku) {
    return ledger.movementsOf(sku);
  }

  /** Recomputes every position from the ledger and reports, position by position, where the stored ones drifted. */
  public Reconciliation reconcile() {
    Map<PositionKey, StockFigures> folded = new HashMap<>();
    AtomicLong count = new AtomicLong();
    ledger.forEachMovement(movement -> {
      StockRules.fold(folded, movement);
      count.incrementAndGet();
    });
    List<Reconciliation.Drift> drifts = new ArrayList<>();
    Set<PositionKey> compared = new HashSet<>(folded.keySet());
    for (StockPosition stored : ledger.allPositions()) {
      compared.add(stored.key());
      StockFigures recomputed = folded.getOrDefault(stored.key(), StockFigures.ZERO);
      if (!recomputed.equals(stored.figures())) {
        drifts.add(new Reconciliation.Drift(stored.key(), stored.figures(), recomputed));
      }
      folded.remove(stored.key());
    }
    folded.forEach((key, recomputed) -> {
      if (!recomputed.equals(StockFigures.ZERO)) {
        drifts.add(new Reconciliation.Drift(key, StockFigures.ZERO, recomputed));
      }
    });
    drifts.sort(java.util.Comparator.comparing(Reconciliation.Drift::key));
    if (!drifts.isEmpty()) {
      log.warn("reconciliation found {} drifted positions", drifts.size());
    }
    return new Reconciliation(count.get(), compared.size(), drifts);
  }
}
