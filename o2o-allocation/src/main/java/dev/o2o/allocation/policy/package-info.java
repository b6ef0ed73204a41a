/**
 * Allocation policies as composable strategies: a {@link dev.o2o.allocation.policy.Grouping} says which orders go
 * together, a {@link dev.o2o.allocation.policy.Fulfilment} decides what of their lines ships from where; the built-in
 * COMPLETE, EARLY and BULK are named compositions in {@link dev.o2o.allocation.policy.AllocationPolicies}.
 */
package dev.o2o.allocation.policy;
