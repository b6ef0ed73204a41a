package dev.o2o.pickup;

import static dev.o2o.pickup.PickupState.ACCEPTED;
import static dev.o2o.pickup.PickupState.CANCELLED;
import static dev.o2o.pickup.PickupState.COMPLETED;
import static dev.o2o.pickup.PickupState.EXPIRED;
import static dev.o2o.pickup.PickupState.REQUESTED;
import static dev.o2o.pickup.PickupState.UNAVAILABLE;
import static dev.o2o.pickup.PickupTransition.ACCEPT;
import static dev.o2o.pickup.PickupTransition.CANCEL;
import static dev.o2o.pickup.PickupTransition.CANCEL_LINES;
import static dev.o2o.pickup.PickupTransition.COMPLETE;
import static dev.o2o.pickup.PickupTransition.EXPIRE;
import static dev.o2o.pickup.PickupTransition.MARK_UNAVAILABLE;

import dev.o2o.pickup.print.SlipNumber;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pickup state machine as one table: a row per allowed (state, transition) and the state it leads to. Anything
 * without a row is refused with an {@link IllegalPickupTransitionException}. A partial cancellation keeps the state
 * ({@code CANCEL_LINES}); the one that takes the last unit is a {@code CANCEL}.
 */
public final class PickupStateMachine {

  /** One row of the table. */
  public record Row(PickupState from, PickupTransition transition, PickupState to) {}

  private static final List<Row> TABLE = List.of(
      new Row(REQUESTED, ACCEPT, ACCEPTED),
      new Row(REQUESTED, MARK_UNAVAILABLE, UNAVAILABLE),
      new Row(REQUESTED, CANCEL, CANCELLED),
      new Row(REQUESTED, CANCEL_LINES, REQUESTED),
      new Row(ACCEPTED, COMPLETE, COMPLETED),
      new Row(ACCEPTED, CANCEL, CANCELLED),
      new Row(ACCEPTED, CANCEL_LINES, ACCEPTED),
      new Row(ACCEPTED, EXPIRE, EXPIRED));

  private static final Map<PickupState, Map<PickupTransition, PickupState>> NEXT = index();

  private PickupStateMachine() {}

  private static Map<PickupState, Map<PickupTransition, PickupState>> index() {
    Map<PickupState, Map<PickupTransition, PickupState>> next = new EnumMap<>(PickupState.class);
    for (PickupState state : PickupState.values()) {
      next.put(state, new EnumMap<>(PickupTransition.class));
    }
    for (Row row : TABLE) {
      if (next.get(row.from()).put(row.transition(), row.to()) != null) {
        throw new IllegalStateException("two rows for " + row.from() + " " + row.transition());
      }
    }
    next.replaceAll((state, row) -> Map.copyOf(row));
    return Map.copyOf(next);
  }

  /** Every row of the table. */
  public static List<Row> rows() {
    return TABLE;
  }

  /** The state {@code transition} leads to from {@code from}, or empty when the table has no such row. */
  public static Optional<PickupState> next(PickupState from, PickupTransition transition) {
    return Optional.ofNullable(NEXT.get(from).get(transition));
  }

  /** Whether the table allows {@code transition} from {@code from}. */
  public static boolean allows(PickupState from, PickupTransition transition) {
    return NEXT.get(from).containsKey(transition);
  }

  /** The transitions that leave {@code from}. */
  public static Set<PickupTransition> transitionsFrom(PickupState from) {
    Set<PickupTransition> out = EnumSet.noneOf(PickupTransition.class);
    out.addAll(NEXT.get(from).keySet());
    return out;
  }

  /** The state {@code transition} leads to, or an {@link IllegalPickupTransitionException} naming the pickup. */
  public static PickupState require(SlipNumber pickup, String mallOrderNumber, PickupState from,
      PickupTransition transition) {
    return next(from, transition)
        .orElseThrow(() -> new IllegalPickupTransitionException(pickup, mallOrderNumber, from, transition));
  }
}
