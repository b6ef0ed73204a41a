/**
 * The printer adapter of o2o-pickup's {@link dev.o2o.pickup.print.SlipPrinter} port: pickup slips translated into slip
 * documents ({@link dev.o2o.adapters.printer.pickup.PickupSlipDocuments}), printed through the durable print queue
 * ({@link dev.o2o.adapters.printer.pickup.QueuedSlipPrinter}) or straight to the printer
 * ({@link dev.o2o.adapters.printer.pickup.DirectSlipPrinter}).
 */
package dev.o2o.adapters.printer.pickup;
