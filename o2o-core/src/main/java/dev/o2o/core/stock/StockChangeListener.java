package dev.o2o.core.stock;

/**
 * Told of every batch {@link Inventory} applies, inside its transaction, so that what follows from a stock change (the
 * mall's sellable quantity, for one) commits with it or not at all.
 */
@FunctionalInterface
public interface StockChangeListener {

  void onStockChanged(StockChange change);
}
