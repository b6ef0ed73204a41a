package dev.o2o.core.tx;

import java.util.function.Supplier;

/**
 * Runs work against several ports as one unit: everything the work wrote through ports that share this runner commits
 * together, or, when the work throws, nothing of it does.
 *
 * <p>A call inside a running transaction joins it. An adapter may run the work more than once when its store asks
 * for a retry (a deadlock, a serialization failure), so work must not have effects outside the ports it writes
 * through. Ports called outside any transaction run each call as a transaction of its own.
 */
public interface TransactionRunner {

  /** Runs {@code work} in a transaction and returns what it returned. */
  <T> T inTransaction(Supplier<T> work);

  /** Runs {@code work} in a transaction. */
  default void run(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
