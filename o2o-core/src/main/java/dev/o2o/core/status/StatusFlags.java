package dev.o2o.core.status;

import java.util.Objects;
import java.util.Optional;

/**
 * A combination of the four status flags to look for: each flag required set, required unset, or either (empty). For
 * example every forced sold-out SKU: {@code StatusFlags.any().forcedSoldOut(true)}.
 */
public record StatusFlags(
    Optional<Boolean> closed, Optional<Boolean> reorder, Optional<Boolean> forcedSoldOut,
    Optional<Boolean> limitedStock) {

  /** Refuses missing fields. */
  public StatusFlags {
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(reorder, "reorder");
    Objects.requireNonNull(forcedSoldOut, "forced sold-out");
    Objects.requireNonNull(limitedStock, "limited stock");
  }

  /** Flags that every status matches. */
  public static StatusFlags any() {
    return new StatusFlags(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public StatusFlags closed(boolean value) {
    return new StatusFlags(Optional.of(value), reorder, forcedSoldOut, limitedStock);
  }

  public StatusFlags reorder(boolean value) {
    return new StatusFlags(closed, Optional.of(value), forcedSoldOut, limitedStock);
  }

  public StatusFlags forcedSoldOut(boolean value) {
    return new StatusFlags(closed, reorder, Optional.of(value), limitedStock);
  }

  public StatusFlags limitedStock(boolean value) {
    return new StatusFlags(closed, reorder, forcedSoldOut, Optional.of(value));
  }

  /** Whether {@code status} has every flag these flags ask for. */
  public boolean matches(SkuStatus status) {
    return closed.map(v -> v == status.closed()).orElse(true)
        && reorder.map(v -> v == status.reorder()).orElse(true)
        && forcedSoldOut.map(v -> v == status.forcedSoldOut()).orElse(true)
        && limitedStock.map(v -> v == status.limitedStock()).orElse(true);
  }

  /** Whether a SKU nobody has set a status for matches: true unless some flag is required set. */
  public boolean matchInitial() {
    return !(closed.orElse(false) || reorder.orElse(false) || forcedSoldOut.orElse(false)
        || limitedStock.orElse(false));
  }
}
