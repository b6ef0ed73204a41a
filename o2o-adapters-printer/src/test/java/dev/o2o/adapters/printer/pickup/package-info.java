/** Tests of the pickup slip printer: each slip model as printed, queued and direct printing. */
package dev.o2o.adapters.printer.pickup;
