package dev.o2o.adapters.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a store's {@code saveAll} writes: the last version given of each item, in id order (the order its rows are
 * locked in, so that two batches that overlap lock alike), and how to name the batch in an error.
 */
final class SaveBatch<K extends Comparable<? super K>, V> {

  private final SortedMap<K, V> latest = new TreeMap<>();
  private final List<K> ids;

  /** Keeps, of two versions of one item, the later: as saving them one after the other would. */
  SaveBatch(Collection<V> items, Function<V, K> idOf) {
    for (V item : items) {
      latest.put(idOf.apply(item), item);
    }
    this.ids = List.copyOf(latest.keySet());
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  /** The ids, in order. */
  List<K> ids() {
    return ids;
  }

  /** The items, in id order. */
  Collection<V> items() {
    return latest.values();
  }

  /** "could not save order X", or "could not save 12 orders (X to Y)". */
  String failure(String noun) {
    return "could not save " + named(noun, ids);
  }

  /** Names a batch of {@code ids} (sorted, at least one) in an error: "order X", or "12 orders (X to Y)". */
  static String named(String noun, List<?> ids) {
    return ids.size() == 1 ? noun + " " + ids.get(0)
        : ids.size() + " " + noun + "s (" + ids.get(0) + " to " + ids.get(ids.size() - 1) + ")";
  }
}
