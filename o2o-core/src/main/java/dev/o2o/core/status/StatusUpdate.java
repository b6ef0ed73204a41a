package dev.o2o.core.status;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to change in a SKU's status; an empty field keeps its value. Closed and its closing date go together, as do
 * reorder and its reorder date: giving {@code closed} sets the closing date given with it, or none, and a closing date
 * given alone changes only the date of a SKU that is closed. Contradictory input (a closing date with {@code closed}
 * false, a date for a SKU that is not closed) is refused when the update is applied, naming the SKU and the field.
 */
public record StatusUpdate(
    Optional<Boolean> closed,
    Optional<LocalDate> closingDate,
    Optional<Boolean> reorder,
    Optional<LocalDate> reorderDate,
    Optional<Boolean> forcedSoldOut,
    Optional<Boolean> limitedStock) {

  /** Refuses missing fields and an update that changes nothing. */
  public StatusUpdate {
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(closingDate, "closing date");
    Objects.requireNonNull(reorder, "reorder");
    Objects.requireNonNull(reorderDate, "reorder date");
    Objects.requireNonNull(forcedSoldOut, "forced sold-out");
    Objects.requireNonNull(limitedStock, "limited stock");
    if (closed.isEmpty() && closingDate.isEmpty() && reorder.isEmpty() && reorderDate.isEmpty()
        && forcedSoldOut.isEmpty() && limitedStock.isEmpty()) {
      throw new IllegalArgumentException("a status update must set at least one field");
    }
  }

  /** Starts an update that changes nothing until a field is set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The status {@code current} takes under this update; throws {@link InvalidStatusException}, naming the SKU and the
   * field, when the result would be contradictory.
   */
  public SkuStatus applyTo(SkuStatus current) {
    return new SkuStatus(
        current.sku(),
        closed.orElse(current.closed()),
        closingDate.isPresent() || closed.isPresent() ? closingDate : current.closingDate(),
        reorder.orElse(current.reorder()),
        reorderDate.isPresent() || reorder.isPresent() ? reorderDate : current.reorderDate(),
        forcedSoldOut.orElse(current.forcedSoldOut()),
        limitedStock.orElse(current.limitedStock()));
  }

  /** Builds a {@link StatusUpdate}; every field is left unchanged unless set. */
  public static final class Builder {
    private Optional<Boolean> closed = Optional.empty();
    private Optional<LocalDate> closingDate = Optional.empty();
    private Optional<Boolean> reorder = Optional.empty();
    private Optional<LocalDate> reorderDate = Optional.empty();
    private Optional<Boolean> forcedSoldOut = Optional.empty();
    private Optional<Boolean> limitedStock = Optional.empty();

    private Builder() {}

    public Builder closed(boolean value) {
      this.closed = Optional.of(value);
      return this;
    }

    public Builder closingDate(LocalDate value) {
      this.closingDate = Optional.of(value);
      return this;
    }

    /** Closed from {@code date}. */
    public Builder closedFrom(LocalDate date) {
      return closed(true).closingDate(date);
    }

    public Builder reorder(boolean value) {
      this.reorder = Optional.of(value);
      return this;
    }

    public Builder reorderDate(LocalDate value) {
      this.reorderDate = Optional.of(value);
      return this;
    }

    /** To be reordered on {@code date}. */
    public Builder reorderOn(LocalDate date) {
      return reorder(true).reorderDate(date);
    }

    public Builder forcedSoldOut(boolean value) {
      this.forcedSoldOut = Optional.of(value);
      return this;
    }

    public Builder limitedStock(boolean value) {
      this.limitedStock = Optional.of(value);
      return this;
    }

    public StatusUpdate build() {
      return new StatusUpdate(closed, closingDate, reorder, reorderDate, forcedSoldOut, limitedStock);
    }
  }
}
