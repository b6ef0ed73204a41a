package dev.o2o.core.catalog;

import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.List;
import java.util.Objects;

/** A SKU of the catalogue: a style in one colour and size, with its Korean display name and one or more barcodes. */
public record Sku(SkuCode code, StyleCode style, String colour, String size, String displayName, List<Ean13> barcodes) {

  /** Refuses missing parts and a SKU without a barcode. */
  public Sku {
    Objects.requireNonNull(code, "SKU code");
    Objects.requireNonNull(style, () -> "style of SKU " + code);
    requireText("colour of SKU " + code, colour);
    requireText("size of SKU " + code, size);
    requireText("display name of SKU " + code, displayName);
    barcodes = List.copyOf(barcodes);
    if (barcodes.isEmpty()) {
      throw new IllegalArgumentException("SKU " + code + " needs at least one barcode");
    }
    if (barcodes.stream().distinct().count() != barcodes.size()) {
      throw new IllegalArgumentException("SKU " + code + " lists a barcode twice: " + barcodes);
    }
  }

  /** The first barcode: the one printed on labels. */
  public Ean13 primaryBarcode() {
    return barcodes.get(0);
  }
}
