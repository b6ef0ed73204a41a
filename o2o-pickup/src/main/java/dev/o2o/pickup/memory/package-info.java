/**
 * Thread-safe in-memory implementations of o2o-pickup's outbound ports, for tests and for hosts that embed o2o without
 * a database. Give them the same {@link dev.o2o.core.memory.InMemoryTransactions} as the core in-memory stores so that
 * a pickup, its stock and its mall event commit together.
 */
package dev.o2o.pickup.memory;
