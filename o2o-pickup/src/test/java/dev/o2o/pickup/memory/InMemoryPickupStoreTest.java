package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.contract.PickupStoreContract;

class InMemoryPickupStoreTest extends PickupStoreContract {

  private InMemoryTransactions transactions;

  @Override
  protected PickupStore newStore() {
    transactions = new InMemoryTransactions();
    return new InMemoryPickupStore(transactions);
  }

  @Override
  protected TransactionRunner transactions() {
    return transactions;
  }
}
