/**
 * Contract tests of o2o-core's outbound ports, published in the test-jar: an adapter (the in-memory one here, each JDBC
 * dialect, an integrator's own) subclasses each contract and supplies a fresh {@link dev.o2o.core.contract.CoreBackend}.
 */
package dev.o2o.core.contract;
