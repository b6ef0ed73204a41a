package dev.o2o.core.memory;

import dev.o2o.core.catalog.BarcodeTakenException;
import dev.o2o.core.catalog.Catalogue;
import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.catalog.Sku;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The SKU catalogue in memory. */
public final class InMemoryCatalogue implements Catalogue {

  private final InMemoryTransactions transactions;
  private final TreeMap<SkuCode, Sku> skus = new TreeMap<>();
  /** The same SKUs, hashed: every movement looks its SKU up, and needs no ordering. */
  private final Map<SkuCode, Sku> byCode = new HashMap<>();
  private final Map<Ean13, SkuCode> byBarcode = new HashMap<>();

  public InMemoryCatalogue(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void save(Sku sku) {
    transactions.run(() -> {
      for (Ean13 barcode : sku.barcodes()) {
        SkuCode owner = byBarcode.get(barcode);
        if (owner != null && !owner.equals(sku.code())) {
          throw new BarcodeTakenException(barcode, owner, sku.code());
        }
      }
      Optional<Sku> previous = Optional.ofNullable(skus.get(sku.code()));
      transactions.write(() -> {
        put(sku);
        return null;
      }, () -> {
        remove(sku);
        previous.ifPresent(this::put);
      });
    });
  }

  private void put(Sku sku) {
    Sku old = skus.put(sku.code(), sku);
    byCode.put(sku.code(), sku);
    if (old != null) {
      old.barcodes().forEach(byBarcode::remove);
    }
    sku.barcodes().forEach(b -> byBarcode.put(b, sku.code()));
  }

  private void remove(Sku sku) {
    skus.remove(sku.code());
    byCode.remove(sku.code());
    sku.barcodes().forEach(byBarcode::remove);
  }

  @Override
  public Optional<Sku> find(SkuCode code) {
    return transactions.read(() -> Optional.ofNullable(byCode.get(code)));
  }

  @Override
  public Optional<Sku> findByBarcode(Ean13 barcode) {
    return transactions.read(() -> Optional.ofNullable(byBarcode.get(barcode)).map(byCode::get));
  }

  @Override
  public List<Sku> skusOfStyle(StyleCode style) {
    return transactions.read(() -> skus.values().stream().filter(s -> s.style().equals(style)).toList());
  }

  @Override
  public List<Sku> all() {
    return transactions.read(() -> List.copyOf(skus.values()));
  }
}
