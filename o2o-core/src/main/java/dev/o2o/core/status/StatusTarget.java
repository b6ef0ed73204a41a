package dev.o2o.core.status;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.Objects;

/** The SKUs a status change applies to: one SKU, or every SKU of a style. */
public sealed interface StatusTarget {

  /** One SKU. */
  record OneSku(SkuCode sku) implements StatusTarget {

    /** Refuses a missing SKU. */
    public OneSku {
      Objects.requireNonNull(sku, "SKU code");
    }

    @Override
    public String toString() {
      return "SKU " + sku;
    }
  }

  /** Every SKU of a style. */
  record WholeStyle(StyleCode style) implements StatusTarget {

    /** Refuses a missing style. */
    public WholeStyle {
      Objects.requireNonNull(style, "style code");
    }

    @Override
    public String toString() {
      return "style " + style;
    }
  }
}
