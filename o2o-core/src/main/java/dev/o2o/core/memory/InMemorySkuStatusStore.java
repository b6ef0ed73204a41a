package dev.o2o.core.memory;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.status.SkuStatus;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.status.StatusFlags;
import dev.o2o.core.status.StatusRevision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/** The SKU statuses and their history in memory. */
public final class InMemorySkuStatusStore implements SkuStatusStore {

  private final InMemoryTransactions transactions;
  private final TreeMap<SkuCode, SkuStatus> current = new TreeMap<>();
  private final Map<SkuCode, List<StatusRevision>> histories = new HashMap<>();

  public InMemorySkuStatusStore(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public SortedMap<SkuCode, SkuStatus> lockStatuses(SortedSet<SkuCode> skus) {
    // The transaction's lock already excludes every other writer.
    return transactions.read(() -> {
      SortedMap<SkuCode, SkuStatus> found = new TreeMap<>();
      skus.forEach(sku -> found.put(sku, current.getOrDefault(sku, SkuStatus.initial(sku))));
      return found;
    });
  }

  @Override
  public void record(List<StatusRevision> revisions) {
    List<StatusRevision> recorded = List.copyOf(revisions);
    transactions.run(() -> recorded.forEach(this::recordOne));
  }

  private void recordOne(StatusRevision revision) {
    SkuCode sku = revision.sku();
    Optional<SkuStatus> previous = Optional.ofNullable(current.get(sku));
    transactions.write(() -> {
      current.put(sku, revision.status());
      return histories.computeIfAbsent(sku, k -> new ArrayList<>()).add(revision);
    }, () -> {
      List<StatusRevision> history = histories.get(sku);
      history.remove(history.size() - 1);
      if (history.isEmpty()) {
        histories.remove(sku);
      }
      previous.ifPresentOrElse(p -> current.put(sku, p), () -> current.remove(sku));
    });
  }

  @Override
  public Optional<SkuStatus> find(SkuCode sku) {
    return transactions.read(() -> Optional.ofNullable(current.get(sku)));
  }

  @Override
  public List<SkuStatus> findAll(Collection<SkuCode> skus) {
    return transactions.read(() -> skus.stream()
        .distinct()
        .sorted()
        .map(current::get)
        .filter(Objects::nonNull)
        .toList());
  }

  @Override
  public List<SkuStatus> findFlagged(StatusFlags flags) {
    return transactions.read(() -> current.values().stream().filter(flags::matches).toList());
  }

  @Override
  public List<StatusRevision> history(SkuCode sku) {
    return transactions.read(() -> List.copyOf(histories.getOrDefault(sku, List.of())));
  }
}
