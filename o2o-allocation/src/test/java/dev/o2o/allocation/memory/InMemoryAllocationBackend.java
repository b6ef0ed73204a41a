package dev.o2o.allocation.memory;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.outbound.ScanSessionStore;
import dev.o2o.allocation.shipment.ShipmentStore;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.location.LocationDirectory;
import dev.o2o.core.memory.InMemoryCatalogue;
import dev.o2o.core.memory.InMemoryLocationDirectory;
import dev.o2o.core.memory.InMemoryOrderStore;
import dev.o2o.core.memory.InMemoryOutbox;
import dev.o2o.core.memory.InMemoryStockLedger;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.order.OrderStore;
import dev.o2o.core.stock.StockLedger;
import dev.o2o.core.tx.TransactionRunner;

/** Core's in-memory ports and allocation's, on one in-memory transaction runner. */
public final class InMemoryAllocationBackend implements AllocationBackend {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final InMemoryStockLedger ledger = new InMemoryStockLedger(transactions);
  private final InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
  private final InMemoryLocationDirectory locations = new InMemoryLocationDirectory(transactions);
  private final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
  private final InMemoryOrderStore orders = new InMemoryOrderStore(transactions);
  private final InMemoryShipmentStore shipments = new InMemoryShipmentStore(transactions);
  private final InMemoryWaybillRegistry waybills = new InMemoryWaybillRegistry(transactions);
  private final InMemoryScanSessionStore sessions = new InMemoryScanSessionStore(transactions);

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
  public OrderStore orders() {
    return orders;
  }

  @Override
  public ShipmentStore shipments() {
    return shipments;
  }

  @Override
  public WaybillRegistry waybills() {
    return waybills;
  }

  @Override
  public ScanSessionStore scanSessions() {
    return sessions;
  }
}
