package dev.o2o.core.status;

import java.util.List;

/**
 * Told of the status changes {@link SkuStatuses} makes, inside their transaction, so that what follows from them (the
 * mall-facing state of the SKU, for one) commits with them or not at all.
 */
@FunctionalInterface
public interface SkuStatusListener {

  /** Called with the SKUs whose status changed, in SKU order; never with an empty list. */
  void onStatusChanged(List<StatusChange> changes);
}
