package dev.o2o.core.memory;

import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.status.SkuStatusStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** The in-memory ports as one backend for the contract tests. */
final class InMemoryBackend implements CoreBackend {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryStockLedger ledger = new InMemoryStockLedger(transactions);
  private final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  private final InMemoryLocationDirectory locations = new InMemoryLocationDirectory(transactions);
  private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
  private final InMemoryPrintQueue printQueue = new InMemoryPrintQueue(transactions);
  private final InMemorySkuStatusStore skuStatusStore = new InMemorySkuStatusStore(transactions);
  private final InMemoryOrderStore orders = new InMemoryOrderStore(transactions);

  @Override
  public TransactionRunner transactions() {
    return transactions;
  }

  @Override
  public StockLedger stockLedger() {
    return ledger;
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public LocationDirectory locations() {
    return locations;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }

  @Override
  public PrintQueue printQueue() {
    return printQueue;
  }

  @Override
  public SkuStatusStore skuStatusStore() {
    return skuStatusStore;
  }

  @Override
  public OrderStore orders() {
    return orders;
  }
}
