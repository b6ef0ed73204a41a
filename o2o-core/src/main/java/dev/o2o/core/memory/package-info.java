/**
 * Thread-safe in-memory implementations of o2o-core's outbound ports, for tests and for hosts that embed o2o without a
 * database. They share one {@link dev.o2o.core.memory.InMemoryTransactions}, which makes a unit of work across them
 * atomic.
 */
package dev.o2o.core.memory;
