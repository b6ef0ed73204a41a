package dev.o2o.adapters.printer.layout;

/** Where a text sits on its line. */
public enum Align {
  LEFT,
  CENTER,
  RIGHT
}
