package dev.o2o.pickup.memory;

import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.contract.PickupActivityLogContract;

class InMemoryPickupActivityLogTest extends PickupActivityLogContract {

  private InMemoryTransactions transactions;

  @Override
  protected PickupActivityLog newLog() {
    transactions = new InMemoryTransactions();
    return new InMemoryPickupActivityLog(transactions);
  }

  @Override
  protected TransactionRunner transactions() {
    return transactions;
  }
}
