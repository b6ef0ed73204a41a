package dev.o2o.allocation.outbound;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of a scanning session, with its transition table: OPEN ↔ ABANDONED (put aside, progress kept, resumed by
 * scanning the waybill again); OPEN → COMPLETED (the shipment shipped); OPEN or ABANDONED → VOID (the shipment was
 * cancelled).
 */
public enum SessionState {
  OPEN,
  ABANDONED,
  COMPLETED,
  VOID;

  private static final Map<SessionState, Set<SessionState>> NEXT = new EnumMap<>(SessionState.class);

  static {
    NEXT.put(OPEN, EnumSet.of(ABANDONED, COMPLETED, VOID));
    NEXT.put(ABANDONED, EnumSet.of(OPEN, VOID));
    NEXT.put(COMPLETED, EnumSet.noneOf(SessionState.class));
    NEXT.put(VOID, EnumSet.noneOf(SessionState.class));
  }

  /** Whether the table allows moving from this state to {@code next}. */
  public boolean canMoveTo(SessionState next) {
    return NEXT.get(this).contains(next);
  }
}
