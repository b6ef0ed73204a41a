package dev.o2o.pickup.printing;

/** Which slip of a pickup waits to print. */
public enum SlipKind {
  ACCEPTANCE,
  CANCELLATION
}
