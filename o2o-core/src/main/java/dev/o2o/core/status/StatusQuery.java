package dev.o2o.core.status;

import dev.o2o.core.model.StyleCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Which statuses to list: those of one style or of the whole catalogue, with a combination of flags. For example every
 * forced sold-out SKU of a style: {@code StatusQuery.ofStyle(style).withFlags(StatusFlags.any().forcedSoldOut(true))}.
 */
public record StatusQuery(Optional<StyleCode> style, StatusFlags flags) {

  /** Refuses missing parts. */
  public StatusQuery {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(flags, "flags");
  }

  /** Every SKU of the catalogue. */
  public static StatusQuery everySku() {
    return new StatusQuery(Optional.empty(), StatusFlags.any());
  }

  /** Every SKU of one style. */
  public static StatusQuery ofStyle(StyleCode style) {
    return new StatusQuery(Optional.of(style), StatusFlags.any());
  }

  /** This query, keeping only the statuses with {@code wanted}. */
  public StatusQuery withFlags(StatusFlags wanted) {
    return new StatusQuery(style, wanted);
  }
}
