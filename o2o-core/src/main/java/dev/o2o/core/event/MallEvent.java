package dev.o2o.core.event;

import dev.o2o.core.model.LocationId;
import dev.o2o.core.model.SkuCode;
import java.util.List;
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

  /**
   * A store pickup changed (accepted, completed, unavailable, cancelled, expired, or some of its lines cancelled):
   * {@code state} is the pickup's state after the change; {@code cancelledLines} lists the units this change cancelled
   * (empty for every change but a cancellation).
   */
  record PickupStateChanged(String mallOrderNumber, LocationId store, String state, Optional<String> reason,
      List<CancelledLine> cancelledLines) implements MallEvent {

    /** Refuses missing parts; copies the lines. */
    public PickupStateChanged {
      Objects.requireNonNull(mallOrderNumber, "mall order number");
      Objects.requireNonNull(store, "store");
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(reason, "reason");
      cancelledLines = List.copyOf(cancelledLines);
    }

    /** A change that cancelled no lines. */
    public PickupStateChanged(String mallOrderNumber, LocationId store, String state, Optional<String> reason) {
      this(mallOrderNumber, store, state, reason, List.of());
    }

    /** Units of one pickup line (numbered from 1, as the request numbered them) that a change cancelled. */
    public record CancelledLine(int lineNumber, SkuCode sku, int quantity) {

      /** Refuses a line number below 1 and a quantity below 1. */
      public CancelledLine {
        Objects.requireNonNull(sku, "sku");
        if (lineNumber < 1 || quantity < 1) {
          throw new IllegalArgumentException(
              "cancelled line " + lineNumber + " of " + sku + " needs a line number and quantity of 1 or more");
        }
      }
    }

    @Override
    public Optional<String> coalescingKey() {
      return Optional.empty();
    }
  }
}
