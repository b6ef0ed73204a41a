package dev.o2o.pickup.scan;

/** What a scan session waits for next. */
public enum ScanStep {
  /** Acceptance: the acceptance slip's barcode. */
  ACCEPTANCE_SLIP,
  /** Completion: the customer's slip (the mall order number). */
  CUSTOMER_SLIP,
  /** Completion: the acceptance slip kept with the items, after the customer's slip. */
  KEPT_SLIP,
  /** The items, one scan per unit. */
  ITEMS,
  /** Completion: every unit is scanned; staff confirm with the customer. */
  CONFIRM
}
