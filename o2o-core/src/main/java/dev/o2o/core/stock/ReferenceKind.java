package dev.o2o.core.stock;

/** What a movement was made for. */
public enum ReferenceKind {
  RECEIPT,
  COUNT,
  ORDER,
  SHIPMENT,
  OFFLINE_OUTBOUND,
  TRANSFER,
  PICKUP,
  SALE,
  OTHER
}
