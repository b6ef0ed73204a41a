package dev.o2o.pickup.print;

import dev.o2o.core.model.Checks;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The slip of the accepted pickups whose deadline passed (기한 종료), printed when staff agree at the program's first
 * start: the listed items come off the pickup hanger and go back on sale.
 */
public record ExpiredPickupsSlip(SlipStore store, List<ExpiredPickup> pickups, ZonedDateTime printedAt,
    boolean reprint) implements Slip {

  /** Refuses missing parts and an empty list. */
  public ExpiredPickupsSlip {
    Objects.requireNonNull(store, "store of expired-pickups slip");
    pickups = List.copyOf(pickups);
    if (pickups.isEmpty()) {
      throw new IllegalArgumentException("expired-pickups slip of " + store.id() + " needs at least one pickup");
    }
    Objects.requireNonNull(printedAt, "print time of expired-pickups slip");
  }

  /** One expired pickup on the slip: its slip number (for a CODE128 barcode), order, customer, deadline and items. */
  public record ExpiredPickup(SlipNumber number, String mallOrderNumber, MaskedCustomer customer,
      ZonedDateTime deadline, List<SlipLine> lines) {

    /** Refuses missing parts and a pickup without lines. */
    public ExpiredPickup {
      Objects.requireNonNull(number, "slip number");
      Checks.requireText("mall order number of " + number, mallOrderNumber);
      Objects.requireNonNull(customer, "customer of " + number);
      Objects.requireNonNull(deadline, "deadline of " + number);
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("expired pickup " + number + " needs at least one line");
      }
    }
  }
}
