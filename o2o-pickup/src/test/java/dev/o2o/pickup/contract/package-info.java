/**
 * Abstract contract tests of o2o-pickup's outbound ports, published in the module's test-jar: every implementation
 * (in memory, JDBC on each dialect) subclasses them and gives its stores through the factory methods.
 */
package dev.o2o.pickup.contract;
