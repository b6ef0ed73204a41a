package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The acceptance slip (접수증) of a pickup request: store, mall order number, masked customer, the requested items,
 * request time, deadline once known, and the {@link SlipNumber} its CODE128 barcode carries. Staff scan it to accept
 * the pickup and keep it with the items on the pickup hanger.
 */
public record AcceptanceSlip(
    SlipNumber number,
    SlipStore store,
    String mallOrderNumber,
    MaskedCustomer customer,
    List<SlipLine> lines,
    ZonedDateTime requestedAt,
    Optional<ZonedDateTime> deadline,
    ZonedDateTime printedAt,
    boolean reprint) implements Slip {

  /** Refuses missing parts and a slip without lines. */
  public AcceptanceSlip {
    Objects.requireNonNull(number, "slip number");
    Objects.requireNonNull(store, "store of slip " + number);
    Checks.requireText("mall order number of slip " + number, mallOrderNumber);
    Objects.requireNonNull(customer, "customer of slip " + number);
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("acceptance slip " + number + " needs at least one line");
    }
    Objects.requireNonNull(requestedAt, "request time of slip " + number);
    Objects.requireNonNull(deadline, "deadline of slip " + number + " (use Optional.empty())");
    Objects.requireNonNull(printedAt, "print time of slip " + number);
  }
}
