package dev.o2o.core.status;

import dev.o2o.core.model.SkuCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Outbound port: where each SKU's current status and its history are kept. It stores and locks; the rules live in
 * {@link SkuStatuses}. The writing methods are called inside a transaction of the
 * {@link dev.o2o.core.tx.TransactionRunner} the adapter comes with.
 */
public interface SkuStatusStore {

  /**
   * The statuses of {@code skus}, locked against other writers until the transaction ends; SKUs come sorted so that
   * every writer locks in the same order. A SKU with no status recorded yet comes back with its
   * {@linkplain SkuStatus#initial initial} status.
   */
  SortedMap<SkuCode, SkuStatus> lockStatuses(SortedSet<SkuCode> skus);

  /**
   * Stores each revision's status as its SKU's current one and appends the revision to that SKU's history, in order.
   */
  void record(List<StatusRevision> revisions);

  /** The current status of a SKU, if one was recorded (an adapter may also hold the initial status of a locked SKU). */
  Optional<SkuStatus> find(SkuCode sku);

  /** The recorded statuses among {@code skus}, sorted by SKU. */
  List<SkuStatus> findAll(Collection<SkuCode> skus);

  /** Every recorded status with {@code flags}, sorted by SKU. */
  List<SkuStatus> findFlagged(StatusFlags flags);

  /** The history of one SKU's status, oldest first; empty when it never changed. */
  List<StatusRevision> history(SkuCode sku);
}
