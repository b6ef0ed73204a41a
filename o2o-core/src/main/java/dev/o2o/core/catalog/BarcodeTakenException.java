package dev.o2o.core.catalog;

import dev.o2o.core.model.SkuCode;

/** A barcode given to a SKU that another SKU already carries. */
public final class BarcodeTakenException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public BarcodeTakenException(Ean13 barcode, SkuCode owner, SkuCode claimant) {
    super("barcode " + barcode + " belongs to SKU " + owner + " and cannot be given to SKU " + claimant);
  }
}
