package dev.o2o.core.stock;

import java.util.ArrayList;
import java.util.List;

/** Positions recomputed from the ledger and compared with the stored ones: every position that drifted, and how. */
public record Reconciliation(long movementsFolded, int positionsCompared, List<Drift> drifts) {

  /** Copies the drifts. */
  public Reconciliation {
    drifts = List.copyOf(drifts);
  }

  /** Whether every stored position equals the fold of the ledger. */
  public boolean isClean() {
    return drifts.isEmpty();
  }

  /** One position whose stored figures differ from the fold of the ledger. */
  public record Drift(PositionKey key, StockFigures recorded, StockFigures recomputed) {

    /** The buckets that differ. */
    public List<Bucket> buckets() {
      List<Bucket> differing = new ArrayList<>();
      for (Bucket bucket : Bucket.values()) {
        if (bucket != Bucket.AVAILABLE && recorded.get(bucket) != recomputed.get(bucket)) {
          differing.add(bucket);
        }
      }
      return differing;
    }

    @Override
    public String toString() {
      return key + ": recorded " + recorded + ", ledger says " + recomputed + " (" + buckets() + ")";
    }
  }
}
