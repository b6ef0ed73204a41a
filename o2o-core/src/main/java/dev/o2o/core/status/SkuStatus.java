package dev.o2o.core.status;

import dev.o2o.core.model.SkuCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one SKU: closed (discontinued) and from which date, to be reordered and on which date, forced
 * sold-out (shown sold out in the mall whatever the stock) and limited stock (sold only from stock on hand).
 */
public record SkuStatus(
    SkuCode sku,
    boolean closed,
    Optional<LocalDate> closingDate,
    boolean reorder,
    Optional<LocalDate> reorderDate,
    boolean forcedSoldOut,
    boolean limitedStock) {

  /** Refuses a closing date without closed and a reorder date without reorder, naming the SKU and the field. */
  public SkuStatus {
    Objects.requireNonNull(sku, "SKU code");
    Objects.requireNonNull(closingDate, "closing date of SKU " + sku);
    Objects.requireNonNull(reorderDate, "reorder date of SKU " + sku);
    if (closingDate.isPresent() && !closed) {
      throw new InvalidStatusException(sku, StatusField.CLOSING_DATE,
          "a closing date (" + closingDate.get() + ") needs closed set");
    }
    if (reorderDate.isPresent() && !reorder) {
      throw new InvalidStatusException(sku, StatusField.REORDER_DATE,
          "a reorder date (" + reorderDate.get() + ") needs reorder set");
    }
  }

  /** The status of a SKU nobody has set one for: every flag off, no dates. */
  public static SkuStatus initial(SkuCode sku) {
    return new SkuStatus(sku, false, Optional.empty(), false, Optional.empty(), false, false);
  }

  /** Whether this is the {@linkplain #initial initial} status. */
  public boolean isInitial() {
    return equals(initial(sku));
  }

  /** The value of one flag; the date fields are not flags. */
  public boolean flag(StatusField field) {
    return switch (field) {
      case CLOSED -> closed;
      case REORDER -> reorder;
      case FORCED_SOLD_OUT -> forcedSoldOut;
      case LIMITED_STOCK -> limitedStock;
      case CLOSING_DATE, REORDER_DATE -> throw new IllegalArgumentException(field + " is a date, not a flag");
    };
  }
}
