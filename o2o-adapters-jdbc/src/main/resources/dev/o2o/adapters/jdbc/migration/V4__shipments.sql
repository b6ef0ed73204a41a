-- Shipments: one row per shipment (its waybill unique per courier), its lines and its history; shipment ids come
-- from a sequence (rolled-back ids are skipped).

CREATE SEQUENCE o2o_shipment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE o2o_shipment (
  shipment_id     VARCHAR(64) NOT NULL,
  source_kind     VARCHAR(16) NOT NULL,
  source_code     VARCHAR(64) NOT NULL,
  state           VARCHAR(32) NOT NULL,
  courier         VARCHAR(32),
  waybill_digits  VARCHAR(32),
  change_count    INT         NOT NULL,
  PRIMARY KEY (shipment_id),
  CONSTRAINT o2o_shipment_waybill_uq UNIQUE (courier, waybill_digits),
  CONSTRAINT o2o_shipment_waybill_ck CHECK ((courier IS NULL) = (waybill_digits IS NULL))
)${o2o_table_options};

CREATE INDEX o2o_shipment_state_ix ON o2o_shipment (state);

CREATE TABLE o2o_shipment_line (
  shipment_id   VARCHAR(64) NOT NULL,
  line_number   INT         NOT NULL,
  channel       VARCHAR(64) NOT NULL,
  order_number  VARCHAR(64) NOT NULL,
  order_line    INT         NOT NULL,
  sku_code      VARCHAR(64) NOT NULL,
  quantity      INT         NOT NULL,
  cancelled     BOOLEAN     NOT NULL,
  PRIMARY KEY (shipment_id, line_number),
  CONSTRAINT o2o_shipment_line_shipment_fk FOREIGN KEY (shipment_id) REFERENCES o2o_shipment (shipment_id),
  CONSTRAINT o2o_shipment_line_quantity_ck CHECK (quantity > 0)
)${o2o_table_options};

CREATE INDEX o2o_shipment_line_order_ix ON o2o_shipment_line (channel, order_number);

CREATE TABLE o2o_shipment_change (
  shipment_id          VARCHAR(64)   NOT NULL,
  change_index         INT           NOT NULL,
  at_nanos             BIGINT        NOT NULL,
  actor_staff          VARCHAR(64)   NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64),
  state                VARCHAR(32)   NOT NULL,
  what                 VARCHAR(4000) NOT NULL,
  PRIMARY KEY (shipment_id, change_index),
  CONSTRAINT o2o_shipment_change_shipment_fk FOREIGN KEY (shipment_id) REFERENCES o2o_shipment (shipment_id)
)${o2o_table_options};
