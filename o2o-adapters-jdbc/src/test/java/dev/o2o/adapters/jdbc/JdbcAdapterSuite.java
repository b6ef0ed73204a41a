package dev.o2o.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.allocation.contract.AllocationBackend;
import dev.o2o.allocation.contract.AllocationRunContract;
import dev.o2o.allocation.contract.ConcurrentRunsContract;
import dev.o2o.allocation.contract.ScanSessionStoreContract;
import dev.o2o.allocation.contract.ShipmentLifecycleContract;
import dev.o2o.allocation.contract.ShipmentStoreContract;
import dev.o2o.allocation.contract.WaybillRegistryContract;
import dev.o2o.allocation.shipment.Shipment;
import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.core.contract.CatalogueContract;
import dev.o2o.core.contract.CoreBackend;
import dev.o2o.core.contract.InventoryContract;
import dev.o2o.core.contract.InventoryPropertiesContract;
import dev.o2o.core.contract.LocationDirectoryContract;
import dev.o2o.core.contract.OrderStoreContract;
import dev.o2o.core.contract.OrderStorePropertiesContract;
import dev.o2o.core.contract.OutboxContract;
import dev.o2o.core.contract.OutboxPropertiesContract;
import dev.o2o.core.contract.PrintQueueContract;
import dev.o2o.core.contract.SkuStatusStoreContract;
import dev.o2o.core.contract.StockFixtures;
import dev.o2o.core.model.Actor;
import dev.o2o.core.model.LocationId;
import dev.o2o.core.order.OrderId;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillNumber;
import dev.o2o.core.tx.TransactionRunner;
import dev.o2o.pickup.PickupActivityLog;
import dev.o2o.pickup.PickupStore;
import dev.o2o.pickup.contract.PickupActivityLogContract;
import dev.o2o.pickup.contract.PickupStoreContract;
import dev.o2o.pickup.contract.PrintSettingsStoreContract;
import dev.o2o.pickup.printing.PrintSettingsStore;
import org.junit.jupiter.api.AfterAll;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every port contract and every reliability test of the JDBC adapter on one database; a subclass per database names
 * it. All of them share one schema, emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcAdapterSuite {

  private final SharedDatabase shared = new SharedDatabase(database(), getClass());

  /** The database under test. */
  abstract TestDatabase database();

  /** Examples per property test: the in-memory ports run 1,000, a database takes longer per example. */
  int propertyExamples() {
    return 200;
  }

  @AfterAll
  void drop() {
    shared.close();
  }

  JdbcCoreBackend newCoreBackend() {
    return new JdbcCoreBackend(shared.fresh());
  }

  @Nested
  class Inventory extends InventoryContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class InventoryProperties extends InventoryPropertiesContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }

    @Override
    protected int examples() {
      return propertyExamples();
    }
  }

  @Nested
  class Catalogue extends CatalogueContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class Locations extends LocationDirectoryContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class Outbox extends OutboxContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class OutboxProperties extends OutboxPropertiesContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }

    @Override
    protected int examples() {
      return propertyExamples();
    }
  }

  @Nested
  class SkuStatuses extends SkuStatusStoreContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class Orders extends OrderStoreContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class OrderProperties extends OrderStorePropertiesContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }

    /** A quarter of the other properties' examples: each step locks, saves and reads back several orders. */
    @Override
    protected int examples() {
      return propertyExamples() / 4;
    }
  }

  @Nested
  class PrintJobs extends PrintQueueContract {
    @Override
    protected CoreBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class Shipments extends ShipmentStoreContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }

    @Test
    void givenAWaybillOnAnotherShipment_whenSavedAllAtOnce_thenTheErrorNamesItAndNothingIsKept() {
      WaybillNumber waybill = WaybillNumber.of(Courier.CJ, "123456789012");
      Actor clerk = Actor.staff("kim.minji", LocationId.warehouse("WH-ICHEON"));
      Shipment labelled = shipment(OrderId.of("MUSINSA", "1")).registerWaybill(waybill, StockFixtures.T0, clerk);
      transactions.run(() -> shipments.save(labelled));
      Shipment fresh = shipment(OrderId.of("MUSINSA", "2"));
      Shipment twin = shipment(OrderId.of("MUSINSA", "2")).registerWaybill(waybill, StockFixtures.T0, clerk);

      assertThatThrownBy(() -> transactions.run(() -> shipments.saveAll(List.of(fresh, twin))))
          .hasMessageContaining("waybill " + waybill).hasMessageContaining(twin.id().toString());

      assertThat(shipments.find(fresh.id())).isEmpty();
      assertThat(shipments.find(twin.id())).isEmpty();
      assertThat(shipments.find(labelled.id())).contains(labelled);
    }

    @Test
    void givenTwoStoresOnOneDatabase_whenBothHandOutIdsInTurn_thenNoneRepeatsAndEachStoreCountsUp() {
      JdbcShipmentStore other = new JdbcShipmentStore((JdbcTransactions) transactions);
      Set<ShipmentId> seen = new HashSet<>();
      List<ShipmentId> fromThis = new ArrayList<>();
      for (int i = 0; i < 3 * JdbcShipmentStore.ID_BLOCK; i++) {
        ShipmentId mine = transactions.inTransaction(shipments::nextId);
        ShipmentId theirs = other.nextId();
        assertThat(seen.add(mine)).as("id %s handed out twice", mine).isTrue();
        assertThat(seen.add(theirs)).as("id %s handed out twice", theirs).isTrue();
        fromThis.add(mine);
      }
      assertThat(fromThis).isSorted();
    }
  }

  @Nested
  class Waybills extends WaybillRegistryContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class ScanSessions extends ScanSessionStoreContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class ShipmentLifecycle extends ShipmentLifecycleContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class AllocationRun extends AllocationRunContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class ConcurrentRuns extends ConcurrentRunsContract {
    @Override
    protected AllocationBackend newBackend() {
      return newCoreBackend();
    }
  }

  @Nested
  class Pickups extends PickupStoreContract {
    private JdbcTransactions transactions;

    @Override
    protected PickupStore newStore() {
      transactions = shared.fresh().transactions();
      return new JdbcPickupStore(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
      return transactions;
    }
  }

  @Nested
  class PickupActivities extends PickupActivityLogContract {
    private JdbcTransactions transactions;

    @Override
    protected PickupActivityLog newLog() {
      transactions = shared.fresh().transactions();
      return new JdbcPickupActivityLog(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
      return transactions;
    }
  }

  @Nested
  class PrintSettings extends PrintSettingsStoreContract {
    private JdbcTransactions transactions;

    @Override
    protected PrintSettingsStore newStore() {
      transactions = shared.fresh().transactions();
      return new JdbcPrintSettingsStore(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
      return transactions;
    }
  }

  @Nested
  class Stock extends StockOnJdbcTest {
    @Override
    TestDatabase.Provisioned database() {
      return shared.fresh();
    }
  }

  @Nested
  class Transactions extends TransactionsOnJdbcTest {
    @Override
    TestDatabase.Provisioned database() {
      return shared.fresh();
    }
  }

  @Nested
  class Concurrency extends ConcurrencyOnJdbcTest {
    @Override
    TestDatabase.Provisioned database() {
      return shared.fresh();
    }
  }
}
