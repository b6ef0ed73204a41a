/** Abstract contract tests of o2o-core's outbound ports, shared with every backend through the test-jar. */
package dev.o2o.core.contract;
