-- o2o core: locations, the SKU catalogue, stock positions and their movement ledger, the mall outbox.
-- ${o2o_identity} and ${o2o_table_options} are filled in per database (see dev.o2o.adapters.jdbc.Dialect).
-- Instants are stored as nanoseconds since 1970-01-01T00:00:00Z (BIGINT), exactly as Java holds them.
-- Codes are at most 64 characters (dev.o2o.core.model.Checks.MAX_CODE_LENGTH).

CREATE TABLE o2o_location (
  location_kind  VARCHAR(16)  NOT NULL,
  location_code  VARCHAR(64)  NOT NULL,
  name           VARCHAR(255) NOT NULL,
  ships_online   BOOLEAN      NOT NULL,
  sourcing_rank  INT          NOT NULL,
  PRIMARY KEY (location_kind, location_code),
  CONSTRAINT o2o_location_rank_ck CHECK (sourcing_rank >= 1)
)${o2o_table_options};

CREATE TABLE o2o_sku (
  sku_code      VARCHAR(64)  NOT NULL,
  style_code    VARCHAR(64)  NOT NULL,
  colour        VARCHAR(255) NOT NULL,
  size_label    VARCHAR(255) NOT NULL,
  display_name  VARCHAR(255) NOT NULL,
  PRIMARY KEY (sku_code)
)${o2o_table_options};

CREATE INDEX o2o_sku_style_ix ON o2o_sku (style_code);

CREATE TABLE o2o_sku_barcode (
  barcode      CHAR(13)    NOT NULL,
  sku_code     VARCHAR(64) NOT NULL,
  rank_in_sku  INT         NOT NULL,
  PRIMARY KEY (barcode),
  CONSTRAINT o2o_sku_barcode_rank_uq UNIQUE (sku_code, rank_in_sku),
  CONSTRAINT o2o_sku_barcode_sku_fk FOREIGN KEY (sku_code) REFERENCES o2o_sku (sku_code)
)${o2o_table_options};

-- One row per SKU and location. A row with written = FALSE is only a lock anchor, inserted by a transaction that had
-- to lock a position nobody had booked yet; readers ignore it.
CREATE TABLE o2o_stock_position (
  sku_code           VARCHAR(64) NOT NULL,
  location_kind      VARCHAR(16) NOT NULL,
  location_code      VARCHAR(64) NOT NULL,
  on_hand            INT         DEFAULT 0 NOT NULL,
  allocated          INT         DEFAULT 0 NOT NULL,
  offline_scheduled  INT         DEFAULT 0 NOT NULL,
  pickup_reserved    INT         DEFAULT 0 NOT NULL,
  in_transit         INT         DEFAULT 0 NOT NULL,
  safety_stock       INT         DEFAULT 0 NOT NULL,
  written            BOOLEAN     DEFAULT FALSE NOT NULL,
  PRIMARY KEY (sku_code, location_kind, location_code),
  CONSTRAINT o2o_stock_position_buckets_ck CHECK (on_hand >= 0 AND allocated >= 0 AND offline_scheduled >= 0
      AND pickup_reserved >= 0 AND in_transit >= 0 AND safety_stock >= 0),
  CONSTRAINT o2o_stock_position_promised_ck CHECK (allocated + offline_scheduled + pickup_reserved <= on_hand)
)${o2o_table_options};

CREATE INDEX o2o_stock_position_location_ix ON o2o_stock_position (location_kind, location_code);

-- The append-only ledger; seq is the ledger order, movement_id the idempotency key.
CREATE TABLE o2o_stock_movement (
  seq                  ${o2o_identity} PRIMARY KEY,
  movement_id          VARCHAR(64)   NOT NULL,
  kind                 VARCHAR(32)   NOT NULL,
  sku_code             VARCHAR(64)   NOT NULL,
  location_kind        VARCHAR(16)   NOT NULL,
  location_code        VARCHAR(64)   NOT NULL,
  quantity             INT           NOT NULL,
  destination_kind     VARCHAR(16),
  destination_code     VARCHAR(64),
  reference_kind       VARCHAR(32)   NOT NULL,
  reference_id         VARCHAR(64)   NOT NULL,
  at_nanos             BIGINT        NOT NULL,
  actor_staff          VARCHAR(64)   NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64),
  reason               VARCHAR(1000),
  CONSTRAINT o2o_stock_movement_id_uq UNIQUE (movement_id),
  CONSTRAINT o2o_stock_movement_quantity_ck CHECK (quantity > 0)
)${o2o_table_options};

CREATE INDEX o2o_stock_movement_sku_ix ON o2o_stock_movement (sku_code, seq);

-- Mall events waiting to be sent; claimed_until_nanos is set while a relay holds an entry.
CREATE TABLE o2o_outbox (
  id                   ${o2o_identity} PRIMARY KEY,
  event_type           VARCHAR(100)  NOT NULL,
  coalescing_key       VARCHAR(200),
  payload              VARCHAR(4000) NOT NULL,
  enqueued_at_nanos    BIGINT        NOT NULL,
  due_at_nanos         BIGINT        NOT NULL,
  claimed_until_nanos  BIGINT,
  attempts             INT           DEFAULT 0 NOT NULL,
  CONSTRAINT o2o_outbox_attempts_ck CHECK (attempts >= 0)
)${o2o_table_options};

CREATE INDEX o2o_outbox_coalescing_ix ON o2o_outbox (coalescing_key);
