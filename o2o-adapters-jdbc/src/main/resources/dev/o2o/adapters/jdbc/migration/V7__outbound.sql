-- Waybill numbers (their digits belong to one shipment only, whatever the courier) and outbound scanning sessions
-- (one per shipment; the units scanned kept in scan order as a JSON array of SKU codes).

CREATE TABLE o2o_waybill (
  digits       VARCHAR(32) NOT NULL,
  courier      VARCHAR(32) NOT NULL,
  shipment_id  VARCHAR(64) NOT NULL,
  PRIMARY KEY (digits)
)${o2o_table_options};

CREATE INDEX o2o_waybill_shipment_ix ON o2o_waybill (shipment_id);

CREATE TABLE o2o_scan_session (
  shipment_id          VARCHAR(64)  NOT NULL,
  waybill              VARCHAR(64)  NOT NULL,
  station              VARCHAR(64)  NOT NULL,
  state                VARCHAR(16)  NOT NULL,
  scanned              ${o2o_text}  NOT NULL,
  actor_staff          VARCHAR(64)  NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64),
  started_at_nanos     BIGINT       NOT NULL,
  updated_at_nanos     BIGINT       NOT NULL,
  PRIMARY KEY (shipment_id)
)${o2o_table_options};

CREATE INDEX o2o_scan_session_station_ix ON o2o_scan_session (station, state);
