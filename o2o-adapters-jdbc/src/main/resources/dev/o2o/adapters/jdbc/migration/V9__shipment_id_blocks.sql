-- Shipment ids are drawn in blocks of 32: JdbcShipmentStore takes one value of the sequence and hands out it and the
-- 31 after it before it draws again, so that an allocation run makes one round trip per 32 shipments instead of one
-- per shipment. The values drawn before this stay below every block drawn after it; the ones in between are skipped.
-- JdbcShipmentStore.ID_BLOCK must equal this step.

ALTER SEQUENCE o2o_shipment_seq INCREMENT BY 32;
