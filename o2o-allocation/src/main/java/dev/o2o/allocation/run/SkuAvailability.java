package dev.o2o.allocation.run;

import dev.o2o.core.model.SkuCode;

/**
 * A SKU a run touched, summed over the online sources: availableBeforeAllocation, and available (after allocation)
 * at the start and at the end of the run (projected, in a dry run).
 */
public record SkuAvailability(SkuCode sku, int availableBeforeAllocation, int availableBefore, int availableAfter) {

  /** How many units the run allocated. */
  public int allocated() {
    return availableBefore - availableAfter;
  }
}
