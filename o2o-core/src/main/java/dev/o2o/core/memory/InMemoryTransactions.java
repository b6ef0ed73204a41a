package dev.o2o.core.memory;

import dev.o2o.core.tx.TransactionRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The transactions of a set of in-memory stores: one lock serialises them, and an undo log rolls back what a failed
 * unit of work wrote. Every in-memory store of one "database" is given the same instance.
 */
public final class InMemoryTransactions implements TransactionRunner {

  private final ReentrantLock lock = new ReentrantLock();
  private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undoLog.get() != null) {
      return work.get();
    }
    lock.lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    undoLog.set(undo);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    } finally {
      undoLog.remove();
      lock.unlock();
    }
  }

  /** Runs a read under the lock. */
  public <T> T read(Supplier<T> read) {
    lock.lock();
    try {
      return read.get();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs a store's change under the lock; inside a transaction, {@code undo} is kept to roll it back should the
   * transaction fail. {@code undo} must restore exactly what {@code change} altered.
   */
  public <T> T write(Supplier<T> change, Runnable undo) {
    return inTransaction(() -> {
      T result = change.get();
      undoLog.get().push(undo);
      return result;
    });
  }
}
