package dev.o2o.core.catalog;

import dev.o2o.core.model.SkuCode;

/** A SKU code that the catalogue does not know. */
public final class UnknownSkuException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient SkuCode sku;

  public UnknownSkuException(SkuCode sku) {
    super("unknown SKU " + sku + ": it is not in the catalogue");
    this.sku = sku;
  }

  public SkuCode sku() {
    return sku;
  }
}
