/** JMH benchmarks of o2o; each measures o2o beside a baseline doing the same work without it, in the same run. */
package dev.o2o.benchmarks;
