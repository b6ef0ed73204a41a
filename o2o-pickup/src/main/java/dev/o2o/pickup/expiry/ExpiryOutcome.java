package dev.o2o.pickup.expiry;

import dev.o2o.pickup.Pickup;
import dev.o2o.pickup.PickupRefusal;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import java.util.List;

/** What accepting an {@link ExpiryOffer} came to. */
public sealed interface ExpiryOutcome {

  /** The slip printed and the pickups are {@code EXPIRED}, their stock released. */
  record Expired(List<Pickup> pickups, ExpiredPickupsSlip slip) implements ExpiryOutcome {

    /** Copies the list. */
    public Expired {
      pickups = List.copyOf(pickups);
    }
  }

  /** None of the offered pickups is still accepted and overdue (collected or cancelled since); nothing printed. */
  record NothingToExpire() implements ExpiryOutcome {}

  /** The slip did not print; nothing changed and the pickups stay accepted. */
  record PrintFailed(String message) implements ExpiryOutcome {}

  /** Refused (staff of another store); nothing changed. */
  record Refused(PickupRefusal refusal) implements ExpiryOutcome {}
}
