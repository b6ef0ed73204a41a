package dev.o2o.core.catalog;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.List;
import java.util.Optional;

/** Outbound port: the SKU catalogue, looked up by code, barcode and style. */
public interface Catalogue {

  /**
   * Adds or replaces a SKU; a barcode that another SKU already carries is refused with a
   * {@link BarcodeTakenException} and nothing is saved.
   */
  void save(Sku sku);

  Optional<Sku> find(SkuCode code);

  Optional<Sku> findByBarcode(Ean13 barcode);

  /** The SKUs of a style, sorted by code. */
  List<Sku> skusOfStyle(StyleCode style);

  /** Every SKU, sorted by code. */
  List<Sku> all();

  /**
   * The SKU a scanned item code stands for: an EAN-13 with a valid check digit is looked up as a barcode, anything
   * else as a SKU code. Empty when the catalogue knows neither.
   */
  default Optional<Sku> findByScannedCode(String code) {
    if (Ean13.isValid(code)) {
      return findByBarcode(Ean13.of(code));
    }
    try {
      return find(SkuCode.of(code));
    } catch (IllegalArgumentException notACode) {
      return Optional.empty();
    }
  }

  /** The SKU, or an {@link UnknownSkuException} naming it. */
  default Sku require(SkuCode code) {
    return find(code).orElseThrow(() -> new UnknownSkuException(code));
  }
}
