/**
 * Integrated stock: positions per SKU and location, the movement ledger they are folded from, the rules that refuse
 * a movement, the {@link dev.o2o.core.stock.Inventory} use case, and the {@link dev.o2o.core.stock.StockLedger} port.
 */
package dev.o2o.core.stock;
