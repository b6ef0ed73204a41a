package dev.o2o.core.model;

/** Whether a location is a warehouse or a store. */
public enum LocationKind {
  WAREHOUSE,
  STORE
}
