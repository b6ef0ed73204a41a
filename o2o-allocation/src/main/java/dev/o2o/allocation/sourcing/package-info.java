/**
 * Sourcing: which online-shipping location an order line's stock comes from. {@link dev.o2o.allocation.sourcing.Availability}
 * is a run's working copy of what each source may sell online (safety stock kept back);
 * {@link dev.o2o.allocation.sourcing.SourcingRule}s rank the candidate sources and compose; a
 * {@link dev.o2o.allocation.sourcing.SourcingDraft} is one decision's scratch pad.
 */
package dev.o2o.allocation.sourcing;
