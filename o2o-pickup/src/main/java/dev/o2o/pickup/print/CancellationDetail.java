package dev.o2o.pickup.print;

/** How much a cancellation slip shows: only the items this cancellation took off, or the whole cancellation detail. */
public enum CancellationDetail {
  /** Only the items cancelled by this cancellation (the default: "finally cancelled items"). */
  CANCELLED_ITEMS_ONLY,
  /** The items cancelled now, those cancelled earlier, and what remains on the pickup. */
  WHOLE_DETAIL
}
