package dev.o2o.pickup;

import dev.o2o.core.model.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a pickup is unavailable or cancelled: free text, or one of the host's reason codes (see
 * {@link PickupConfig#reasonCodes()}) with its text.
 */
public record Reason(Optional<String> code, String text) {

  /** The code the library itself gives a request refused because the store has too little stock. */
  public static final String OUT_OF_STOCK = "OUT_OF_STOCK";

  /** Refuses blank text and a blank code. */
  public Reason {
    Objects.requireNonNull(code, "reason code (use Optional.empty())");
    code.ifPresent(c -> Checks.requireCode("reason code", c));
    Checks.requireText("reason", text);
  }

  /** A reason in free text. */
  public static Reason of(String text) {
    return new Reason(Optional.empty(), text);
  }

  /** A coded reason with its text. */
  public static Reason coded(String code, String text) {
    return new Reason(Optional.of(code), text);
  }

  @Override
  public String toString() {
    return code.map(c -> "[" + c + "] ").orElse("") + text;
  }
}
