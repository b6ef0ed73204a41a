package dev.o2o.adapters.scanner;

/** The parity bit setting of a serial line. */
public enum Parity {
  NONE,
  ODD,
  EVEN,
  MARK,
  SPACE
}
