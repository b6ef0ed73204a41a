package dev.o2o.pickup.printing;

import dev.o2o.pickup.print.SlipNumber;
import java.util.Objects;

/**
 * A slip waiting to print: the acceptance slip of a pickup ({@code cancellation} 0), or the slip of its cancellation
 * number {@code cancellation}.
 */
public record PendingSlip(SlipNumber pickup, SlipKind kind, int cancellation) {

  /** Refuses a cancellation number on an acceptance slip and a missing one on a cancellation slip. */
  public PendingSlip {
    Objects.requireNonNull(pickup, "pickup");
    Objects.requireNonNull(kind, "kind");
    if ((kind == SlipKind.ACCEPTANCE) != (cancellation == 0) || cancellation < 0) {
      throw new IllegalArgumentException("pending " + kind + " slip of " + pickup + " with cancellation " + cancellation);
    }
  }

  public static PendingSlip acceptance(SlipNumber pickup) {
    return new PendingSlip(pickup, SlipKind.ACCEPTANCE, 0);
  }

  public static PendingSlip cancellation(SlipNumber pickup, int sequence) {
    return new PendingSlip(pickup, SlipKind.CANCELLATION, sequence);
  }

  @Override
  public String toString() {
    return kind == SlipKind.ACCEPTANCE ? "acceptance slip " + pickup : "cancellation slip " + pickup + "#" + cancellation;
  }
}
