-- Mall orders: one row per order (unique per channel and mall order number), its lines, notes and history.
-- state and has_open_lines are derived from the lines and kept for searching.

CREATE TABLE o2o_order (
  channel                VARCHAR(64)   NOT NULL,
  order_number           VARCHAR(64)   NOT NULL,
  ordered_at_nanos       BIGINT        NOT NULL,
  customer_id            VARCHAR(64)   NOT NULL,
  customer_name          VARCHAR(255)  NOT NULL,
  recipient              VARCHAR(255)  NOT NULL,
  phone                  VARCHAR(64)   NOT NULL,
  postal_code            VARCHAR(32)   NOT NULL,
  address                VARCHAR(1000) NOT NULL,
  hold_reason            VARCHAR(1000),
  hold_by_staff          VARCHAR(64),
  hold_by_location_kind  VARCHAR(16),
  hold_by_location_code  VARCHAR(64),
  hold_at_nanos          BIGINT,
  flagged                BOOLEAN       NOT NULL,
  priority               BOOLEAN       NOT NULL,
  policy                 VARCHAR(64),
  state                  VARCHAR(32)   NOT NULL,
  has_open_lines         BOOLEAN       NOT NULL,
  note_count             INT           NOT NULL,
  change_count           INT           NOT NULL,
  PRIMARY KEY (channel, order_number),
  CONSTRAINT o2o_order_hold_ck CHECK ((hold_reason IS NULL) = (hold_at_nanos IS NULL))
)${o2o_table_options};

CREATE INDEX o2o_order_time_ix ON o2o_order (ordered_at_nanos);
CREATE INDEX o2o_order_open_ix ON o2o_order (has_open_lines);

CREATE TABLE o2o_order_line (
  channel        VARCHAR(64) NOT NULL,
  order_number   VARCHAR(64) NOT NULL,
  line_number    INT         NOT NULL,
  sku_code       VARCHAR(64) NOT NULL,
  style_code     VARCHAR(64) NOT NULL,
  quantity       INT         NOT NULL,
  state          VARCHAR(16) NOT NULL,
  shipment_id    VARCHAR(64),
  shipment_line  INT,
  source_kind    VARCHAR(16),
  source_code    VARCHAR(64),
  PRIMARY KEY (channel, order_number, line_number),
  CONSTRAINT o2o_order_line_order_fk FOREIGN KEY (channel, order_number) REFERENCES o2o_order (channel, order_number),
  CONSTRAINT o2o_order_line_quantity_ck CHECK (quantity > 0)
)${o2o_table_options};

CREATE INDEX o2o_order_line_sku_ix ON o2o_order_line (sku_code);
CREATE INDEX o2o_order_line_style_ix ON o2o_order_line (style_code);

CREATE TABLE o2o_order_note (
  channel               VARCHAR(64)   NOT NULL,
  order_number          VARCHAR(64)   NOT NULL,
  note_index            INT           NOT NULL,
  author_staff          VARCHAR(64)   NOT NULL,
  author_location_kind  VARCHAR(16),
  author_location_code  VARCHAR(64),
  at_nanos              BIGINT        NOT NULL,
  note_text             VARCHAR(4000) NOT NULL,
  PRIMARY KEY (channel, order_number, note_index),
  CONSTRAINT o2o_order_note_order_fk FOREIGN KEY (channel, order_number) REFERENCES o2o_order (channel, order_number)
)${o2o_table_options};

CREATE TABLE o2o_order_change (
  channel              VARCHAR(64)   NOT NULL,
  order_number         VARCHAR(64)   NOT NULL,
  change_index         INT           NOT NULL,
  at_nanos             BIGINT        NOT NULL,
  actor_staff          VARCHAR(64)   NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64),
  what                 VARCHAR(4000) NOT NULL,
  PRIMARY KEY (channel, order_number, change_index),
  CONSTRAINT o2o_order_change_order_fk FOREIGN KEY (channel, order_number) REFERENCES o2o_order (channel, order_number)
)${o2o_table_options};
