package dev.o2o.allocation.memory;

import dev.o2o.allocation.shipment.ShipmentId;
import dev.o2o.allocation.shipment.WaybillRegistry;
import dev.o2o.allocation.shipment.WaybillTakenException;
import dev.o2o.core.memory.InMemoryTransactions;
import dev.o2o.core.shipping.WaybillNumber;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The waybill registry in memory. */
public final class InMemoryWaybillRegistry implements WaybillRegistry {

  private final InMemoryTransactions transactions;
  private final Map<String, Entry> byDigits = new HashMap<>();

  public InMemoryWaybillRegistry(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  /** One registration. */
  private record Entry(WaybillNumber number, ShipmentId shipment) {}

  @Override
  public Optional<ShipmentId> holderOf(String digits) {
    return transactions.read(() -> Optional.ofNullable(byDigits.get(digits)).map(Entry::shipment));
  }

  @Override
  public void register(WaybillNumber number, ShipmentId shipment) {
    transactions.run(() -> {
      Entry existing = byDigits.get(number.digits());
      if (existing != null) {
        if (existing.shipment().equals(shipment)) {
          return;
        }
        throw new WaybillTakenException(number, existing.shipment(), shipment);
      }
      transactions.write(() -> byDigits.put(number.digits(), new Entry(number, shipment)),
          () -> byDigits.remove(number.digits()));
    });
  }
}
