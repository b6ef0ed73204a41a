package dev.o2o.pickup;

import dev.o2o.core.model.LocationId;
import dev.o2o.pickup.print.SlipNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the pickups, written in the caller's transaction. Lists come sorted by request time, then slip
 * number.
 */
public interface PickupStore {

  /** A slip number never handed out before (numbers increase; a rolled-back transaction may leave a gap). */
  SlipNumber nextNumber();

  /** Adds a new pickup; a slip number or mall order number already held throws {@link DuplicatePickupException}. */
  void insert(Pickup pickup);

  /** Replaces a pickup held under the same slip number; an unknown one throws {@link IllegalArgumentException}. */
  void update(Pickup pickup);

  Optional<Pickup> find(SlipNumber number);

  /** Finds a pickup and holds it against concurrent changes until the caller's transaction ends. */
  Optional<Pickup> findForUpdate(SlipNumber number);

  Optional<Pickup> findByOrderNumber(String mallOrderNumber);

  /** The pickups that {@link PickupQuery#matches(Pickup) match} the query. */
  List<Pickup> search(PickupQuery query);

  /** The pickups of a store with a slip waiting to print ({@link Pickup#hasPendingSlips()}). */
  List<Pickup> withPendingSlips(LocationId store);

  /** The pickups of a store that are {@link Pickup#isOverdue(Instant) overdue} at {@code now}. */
  List<Pickup> overdue(LocationId store, Instant now);
}
