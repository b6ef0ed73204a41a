package dev.o2o.pickup;

/** What was done to a pickup, as its activity history lists it. */
public enum Activity {
  REQUESTED,
  ACCEPTED,
  COMPLETED,
  MARKED_UNAVAILABLE,
  CANCELLED,
  LINES_CANCELLED,
  EXPIRED,
  ACCEPTANCE_SLIP_PRINTED,
  ACCEPTANCE_SLIP_REPRINTED,
  CANCELLATION_SLIP_PRINTED,
  EXPIRY_SLIP_PRINTED
}
