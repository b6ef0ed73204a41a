package dev.o2o.adapters.scanner;

/** The stop bits setting of a serial line. */
public enum StopBits {
  ONE,
  ONE_AND_A_HALF,
  TWO
}
