/**
 * Printing pickup slips in a store: the {@link dev.o2o.pickup.printing.PrintSchedule} (minutes of the hour in steps
 * of 5), the per-store {@link dev.o2o.pickup.printing.PrintSettings} and their port, the
 * {@link dev.o2o.pickup.printing.Slips} that turn pickups into slip models, and the
 * {@link dev.o2o.pickup.printing.PickupPrinting} use case (scheduled runs, "print unprinted now", reprints).
 */
package dev.o2o.pickup.printing;
