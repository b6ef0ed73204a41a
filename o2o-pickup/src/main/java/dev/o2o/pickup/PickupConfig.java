package dev.o2o.pickup;

import dev.o2o.core.model.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a host runs pickups. {@code deadlineDays}: when the mall sends no date, a pickup may be collected until the end
 * of the day that many days after its acceptance (default 7). {@code reasonCodes}: the reason codes staff may choose
 * from, code to text, in display order (default none: free text only; a coded reason with an unknown code is
 * refused).
 */
public record PickupConfig(int deadlineDays, Map<String, String> reasonCodes) {

  /** Refuses a negative number of days and blank codes or texts. */
  public PickupConfig {
    if (deadlineDays < 0) {
      throw new IllegalArgumentException("pickup deadline days must not be negative, got " + deadlineDays);
    }
    Map<String, String> copy = new LinkedHashMap<>();
    reasonCodes.forEach((code, text) -> copy.put(Checks.requireCode("reason code", code),
        Checks.requireText("text of reason code " + code, text)));
    reasonCodes = java.util.Collections.unmodifiableMap(copy);
  }

  /** Seven days, no reason codes. */
  public static PickupConfig defaults() {
    return new PickupConfig(7, Map.of());
  }

  public PickupConfig withDeadlineDays(int days) {
    return new PickupConfig(days, reasonCodes);
  }

  /** This configuration with one more reason code. */
  public PickupConfig withReasonCode(String code, String text) {
    Map<String, String> more = new LinkedHashMap<>(reasonCodes);
    more.put(code, text);
    return new PickupConfig(deadlineDays, more);
  }

  /** The coded reason for {@code code}, if the host configured it. */
  public Optional<Reason> reason(String code) {
    return Optional.ofNullable(reasonCodes.get(code)).map(text -> Reason.coded(code, text));
  }

  /** Whether a reason is acceptable: free text, or a code the host configured (or the library's own). */
  public boolean accepts(Reason reason) {
    return reason.code().map(c -> c.equals(Reason.OUT_OF_STOCK) || reasonCodes.containsKey(c)).orElse(true);
  }
}
