package dev.o2o.adapters.printer.escpos;

/** How the printer cuts the paper after a slip. */
public enum CutMode {
  /** Cuts through ({@code GS V 0}). */
  FULL,
  /** Leaves a tab holding the slip ({@code GS V 1}). */
  PARTIAL
}
