package dev.o2o.allocation.sourcing;

import dev.o2o.core.model.LocationKind;

/** The built-in sourcing rules; {@link #standard()} is the default chain. */
public enum SourcingRules implements SourcingRule {

  /** A source that covers every line (the whole shipment from one location) before one that does not. */
  WHOLE_SHIPMENT_FIRST {
    @Override
    public int compare(SourceCandidate a, SourceCandidate b) {
      return Boolean.compare(b.coversAll(), a.coversAll());
    }
  },

  /** A source covering more lines before one covering fewer: fewer splits. */
  MOST_LINES_FIRST {
    @Override
    public int compare(SourceCandidate a, SourceCandidate b) {
      return Integer.compare(b.linesCovered(), a.linesCovered());
    }
  },

  /** The configured sourcing rank: 1 first. */
  BY_RANK {
    @Override
    public int compare(SourceCandidate a, SourceCandidate b) {
      return Integer.compare(a.location().sourcingRank(), b.location().sourcingRank());
    }
  },

  /** Warehouses before stores, whatever their rank. */
  WAREHOUSES_FIRST {
    @Override
    public int compare(SourceCandidate a, SourceCandidate b) {
      return Boolean.compare(a.location().id().kind() == LocationKind.STORE,
          b.location().id().kind() == LocationKind.STORE);
    }
  };

  /**
   * One location for the whole shipment, then fewer splits, then rank. Among sources that each cover every line, it is
   * rank alone (and then location id), so it {@linkplain SourcingRule#ranksWholeShipmentsBySourceOrder says so}.
   */
  public static SourcingRule standard() {
    return Standard.RULE;
  }

  /** {@link #standard()}: the chain, and what it says of whole shipments. */
  private static final class Standard implements SourcingRule {
    static final SourcingRule RULE = new Standard();

    private final SourcingRule chain = WHOLE_SHIPMENT_FIRST.then(MOST_LINES_FIRST).then(BY_RANK);

    @Override
    public int compare(SourceCandidate a, SourceCandidate b) {
      return chain.compare(a, b);
    }

    @Override
    public boolean ranksWholeShipmentsBySourceOrder() {
      return true;
    }
  }
}
