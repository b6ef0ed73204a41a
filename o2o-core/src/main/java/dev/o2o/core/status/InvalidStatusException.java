package dev.o2o.core.status;

import dev.o2o.core.model.SkuCode;

/** A status that cannot be, for example a closing date on a SKU that is not closed; names the SKU and the field. */
public final class InvalidStatusException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient SkuCode sku;
  private final StatusField field;

  public InvalidStatusException(SkuCode sku, StatusField field, String problem) {
    super("status of SKU " + sku + ", " + field + ": " + problem);
    this.sku = sku;
    this.field = field;
  }

  public SkuCode sku() {
    return sku;
  }

  public StatusField field() {
    return field;
  }
}
