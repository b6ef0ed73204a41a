/** Tests of the print spooler: at least once and in order, through a loopback network printer that fails on cue. */
package dev.o2o.adapters.printer;
