package dev.o2o.core.memory;

import dev.o2o.core.contract.PrintQueueContract;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.tx.TransactionRunner;

class InMemoryPrintQueueTest extends PrintQueueContract {

  private InMemoryTransactions transactions;

  @Override
  protected PrintQueue newQueue() {
    transactions = new InMemoryTransactions();
    return new InMemoryPrintQueue(transactions);
  }

  @Override
  protected TransactionRunner transactions() {
    return transactions;
  }
}
