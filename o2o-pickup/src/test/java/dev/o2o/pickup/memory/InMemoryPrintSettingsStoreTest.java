package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.contract.PrintSettingsStoreContract;
import dev.o2o.pickup.printing.PrintSettingsStore;

class InMemoryPrintSettingsStoreTest extends PrintSettingsStoreContract {

  private InMemoryTransactions transactions;

  @Override
  protected PrintSettingsStore newStore() {
    transactions = new InMemoryTransactions();
    return new InMemoryPrintSettingsStore(transactions);
  }

  @Override
  protected TransactionRunner transactions() {
    return transactions;
  }
}
