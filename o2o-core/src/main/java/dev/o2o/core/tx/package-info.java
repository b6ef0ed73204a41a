/** The unit of work that spans several ports: the {@link dev.o2o.core.tx.TransactionRunner} port. */
package dev.o2o.core.tx;
