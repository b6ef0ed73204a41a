package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The slip of one cancellation of a pickup (by the mall or the store, whole or partial): printing it takes
 * {@code cancelledItems} off the pickup hanger. With {@link CancellationDetail#WHOLE_DETAIL} it also lists the items
 * cancelled earlier and those that remain; when {@code acceptanceSlipVoid} is set, nothing remains and the pickup's
 * acceptance slip is to be discarded.
 */
public record CancellationSlip(
    SlipNumber number,
    SlipStore store,
    String mallOrderNumber,
    MaskedCustomer customer,
    CancellationDetail detail,
    List<SlipLine> cancelledItems,
    List<SlipLine> earlierCancelledItems,
    List<SlipLine> remainingItems,
    String reason,
    ZonedDateTime cancelledAt,
    boolean acceptanceSlipVoid,
    ZonedDateTime printedAt,
    boolean reprint) implements Slip {

  /**
   * Refuses missing parts, a cancellation of nothing, earlier or remaining items on a cancelled-items-only slip, and
   * remaining items on a slip that voids the acceptance slip.
   */
  public CancellationSlip {
    Objects.requireNonNull(number, "slip number");
    Objects.requireNonNull(store, "store of slip " + number);
    Checks.requireText("mall order number of slip " + number, mallOrderNumber);
    Objects.requireNonNull(customer, "customer of slip " + number);
    Objects.requireNonNull(detail, "detail of slip " + number);
    cancelledItems = List.copyOf(cancelledItems);
    earlierCancelledItems = List.copyOf(earlierCancelledItems);
    remainingItems = List.copyOf(remainingItems);
    Checks.requireText("cancellation reason of slip " + number, reason);
    Objects.requireNonNull(cancelledAt, "cancellation time of slip " + number);
    Objects.requireNonNull(printedAt, "print time of slip " + number);
    if (cancelledItems.isEmpty()) {
      throw new IllegalArgumentException("cancellation slip " + number + " needs at least one cancelled item");
    }
    if (detail == CancellationDetail.CANCELLED_ITEMS_ONLY
        && !(earlierCancelledItems.isEmpty() && remainingItems.isEmpty())) {
      throw new IllegalArgumentException(
          "cancellation slip " + number + " shows cancelled items only, yet lists earlier or remaining items");
    }
    if (acceptanceSlipVoid && !remainingItems.isEmpty()) {
      throw new IllegalArgumentException(
          "cancellation slip " + number + " voids the acceptance slip, yet lists remaining items");
    }
  }
}
