package dev.o2o.core.event;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.Objects;
import java.util.Optional;

/** Something the online mall must be told. */
public sealed interface MallEvent {

  /**
   * Events with the same key replace one another while they wait unsent: the latest state wins. Empty for events
   * that must each be delivered.
   */
  Optional<String> coalescingKey();

  /** The state of a SKU as the mall shows it. */
  record SkuStateChanged(SkuCode sku, boolean forcedSoldOut, boolean limitedStock, int sellableOnline)
      implements MallEvent {

    /** Refuses a negative sellable quantity. */
    public SkuStateChanged {
      Objects.requireNonNull(sku, "sku");
      if (sellableOnline < 0) {
        throw new IllegalArgumentException("sellable quantity of " + sku + " must not be negative");
      }
    }

    @Override
    public Optional<String> coalescingKey() {
      return Optional.of("sku:" + sku.value());
    }
  }

  /** A shipment of a mall order left with a courier. */
  record OrderShipped(String channel, String mallOrderNumber, String shipmentId, String courier, String waybillNumber)
      implements MallEvent {

    /** Refuses missing parts. */
    public OrderShipped {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(mallOrderNumber, "mall order number");
      Objects.requireNonNull(shipmentId, "shipment id");
      Objects.requireNonNull(courier, "courier");
      Objects.requireNonNull(waybillNumber, "waybill number");
    }

    @Override
    public Optional<String> coalescingKey() {
      return Optional.empty();
    }
  }

  /** A store pickup changed state (accepted, completed, unavailable, cancelled, expired). */
  record PickupStateChanged(String mallOrderNumber, LocationId store, String state, Optional<String> reason)
      implements MallEvent {

    /** Refuses missing parts. */
    public PickupStateChanged {
      Objects.requireNonNull(mallOrderNumber, "mall order number");
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<String> coalescingKey() {
      return Optional.empty();
    }
  }
}
