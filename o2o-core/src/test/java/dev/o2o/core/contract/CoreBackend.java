package dev.o2o.core.contract;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** The core ports of one backend, sharing one transaction runner, as a contract test needs them. */
public interface CoreBackend extends AutoCloseable {

  TransactionRunner transactions();

  StockLedger stockLedger();

  Catalogue catalogue();

  LocationDirectory locations();

  Outbox outbox();

  /** The print queue; a backend that has none yet leaves this default, and does not run the print queue contract. */
  default PrintQueue printQueue() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no print queue");
  }

  /** The SKU status store; a backend that has none yet leaves this default, and does not run its contract. */
  default SkuStatusStore skuStatusStore() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no SKU status store");
  }

  /** The order store; a backend that has none yet leaves this default, and does not run the order store contract. */
  default OrderStore orders() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no order store");
  }

  /** An inventory on this backend's ports. */
  default Inventory inventory() {
    return new Inventory(stockLedger(), catalogue(), transactions());
  }

  @Override
  default void close() {}
}
