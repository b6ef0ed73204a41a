/** Thread-safe in-memory implementations of o2o-allocation's outbound ports, on core's in-memory transactions. */
package dev.o2o.allocation.memory;
