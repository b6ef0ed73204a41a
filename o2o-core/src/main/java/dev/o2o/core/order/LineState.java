package dev.o2o.core.order;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of an order line, with its transition table: OPEN → ALLOCATED → SHIPPED; OPEN or ALLOCATED → CANCELLED;
 * ALLOCATED → OPEN when its shipment is cancelled (the line may be allocated again).
 */
public enum LineState {
  OPEN,
  ALLOCATED,
  SHIPPED,
  CANCELLED;

  private static final Map<LineState, Set<LineState>> NEXT = new EnumMap<>(LineState.class);

  static {
    NEXT.put(OPEN, EnumSet.of(ALLOCATED, CANCELLED));
    NEXT.put(ALLOCATED, EnumSet.of(OPEN, SHIPPED, CANCELLED));
    NEXT.put(SHIPPED, EnumSet.noneOf(LineState.class));
    NEXT.put(CANCELLED, EnumSet.noneOf(LineState.class));
  }

  /** Whether the table allows moving from this state to {@code next}. */
  public boolean canMoveTo(LineState next) {
    return NEXT.get(this).contains(next);
  }

  /** Whether nothing can happen to the line any more. */
  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }
}
