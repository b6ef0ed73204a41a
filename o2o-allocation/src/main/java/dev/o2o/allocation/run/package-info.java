/**
 * The allocation run: the {@link dev.o2o.allocation.run.OrderAllocator} use case takes the open lines of unheld orders,
 * priority first then oldest, decides under each order's policy where they ship from, commits each group's shipments
 * and ALLOCATE movements together (or, in a dry run, nothing), and reports why every order left out was left out.
 */
package dev.o2o.allocation.run;
