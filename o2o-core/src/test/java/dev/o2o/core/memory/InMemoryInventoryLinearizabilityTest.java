package dev.o2o.core.memory;

import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import dev.o2o.core.stock.Inventory;
import dev.o2o.core.stock.MovementKind;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck: every concurrent history of reservations, releases, receipts and reads on the in-memory inventory is
 * equivalent to some sequential one (the class itself, run on one thread, is the sequential specification).
 */
public class InMemoryInventoryLinearizabilityTest {

  private static final SkuCode TEE = SkuCode.of("TS24-BLK-M");
  private static final LocationId STORE = StockFixtures.STORE;

  private final Inventory inventory;
  private final StockFixtures fixtures = new StockFixtures("lin");

  public InMemoryInventoryLinearizabilityTest() {
    InMemoryTransactions transactions = new InMemoryTransactions();
    InMemoryCatalogue catalogue = new InMemoryCatalogue(transactions);
    StockFixtures.registerSku(catalogue, TEE.value(), "TS24");
    inventory = new Inventory(new InMemoryStockLedger(transactions), catalogue, transactions);
    inventory.apply(fixtures.receive(TEE, STORE, 2));
  }

  @Operation
  public boolean reserve() {
    return inventory.apply(fixtures.move(MovementKind.PICKUP_RESERVE, TEE, STORE, 1)).isApplied();
  }

  @Operation
  public boolean release() {
    return inventory.apply(fixtures.move(MovementKind.PICKUP_RELEASE, TEE, STORE, 1)).isApplied();
  }

  @Operation
  public boolean receive() {
    return inventory.apply(fixtures.receive(TEE, STORE, 1)).isApplied();
  }

  @Operation
  public int available() {
    return inventory.position(TEE, STORE).available();
  }

  @Test
  void stressedHistoriesAreLinearizable() {
    new StressOptions().iterations(30).invocationsPerIteration(500).threads(3).actorsPerThread(3)
        .check(getClass());
  }
}
