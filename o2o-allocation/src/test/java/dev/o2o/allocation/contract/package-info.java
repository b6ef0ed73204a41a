/**
 * Contract tests of o2o-allocation's outbound ports, published in the test-jar: an adapter subclasses each contract
 * and supplies a fresh {@link dev.o2o.allocation.contract.AllocationBackend}.
 */
package dev.o2o.allocation.contract;
