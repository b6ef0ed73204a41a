package dev.o2o.pickup.expiry;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.Pickup;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The accepted pickups of a store found past their deadline at start, for the host to put to its user. */
public record ExpiryOffer(LocationId store, List<Pickup> pickups, Instant foundAt) {

  /** The question the product asks, in English. */
  public static final String QUESTION = "Some accepted pickups have passed their deadline. Print them?";
  /** The question the product asks, in Korean. */
  public static final String QUESTION_KO = "기한이 지난 픽업 접수 건이 있습니다. 출력하시겠습니까?";

  /** Refuses an empty offer. */
  public ExpiryOffer {
    Objects.requireNonNull(store, "store");
    pickups = List.copyOf(pickups);
    if (pickups.isEmpty()) {
      throw new IllegalArgumentException("an expiry offer for " + store + " needs at least one pickup");
    }
    Objects.requireNonNull(foundAt, "foundAt");
  }
}
