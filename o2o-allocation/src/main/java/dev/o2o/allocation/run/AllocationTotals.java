package dev.o2o.allocation.run;

/** The counts of a run: orders by outcome, shipments, lines and units allocated. */
public record AllocationTotals(
    int orders, int allocated, int partlyAllocated, int notAllocated, int held, int shipments, int lines, int units) {}
