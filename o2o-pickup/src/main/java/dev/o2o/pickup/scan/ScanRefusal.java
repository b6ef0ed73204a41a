package dev.o2o.pickup.scan;

import java.util.Objects;

/** Why a scan or a scan-session command was refused, with a message for staff; nothing changed. */
public record ScanRefusal(Kind kind, String code, String message) {

  /** Refuses missing parts. */
  public ScanRefusal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of refusal. */
  public enum Kind {
    /** Empty or unreadable input. */
    UNREADABLE,
    /** A slip was expected and this is not one. */
    NOT_A_SLIP,
    /** No pickup has this slip or order number. */
    UNKNOWN_PICKUP,
    /** The pickup belongs to another store than the staff member's. */
    OTHER_STORE,
    /** The pickup's state does not allow this step. */
    WRONG_STATE,
    /** The acceptance slip scanned at completion is not the one of the customer's pickup. */
    SLIP_MISMATCH,
    /** A slip was scanned while items were expected. */
    UNEXPECTED_SLIP,
    /** The code is no item the catalogue knows. */
    UNKNOWN_ITEM,
    /** The item is not part of the pickup. */
    WRONG_ITEM,
    /** Every unit of this item is scanned already. */
    EXTRA_UNIT,
    /** There is no scan to undo. */
    NOTHING_TO_UNDO,
    /** No pickup is open in the session. */
    NO_PICKUP,
    /** Not every unit is scanned yet. */
    NOT_ALL_SCANNED,
    /** The pickup changed (the mall cancelled units) while it was being scanned. */
    PICKUP_CHANGED,
    /** The pickup use case refused the command (see the message). */
    COMMAND_REFUSED
  }
}
