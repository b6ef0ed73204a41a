-- SKU status (closed, reorder, forced sold-out, limited stock) and its history.
-- A row with written = FALSE is only a lock anchor (see o2o_stock_position); readers ignore it.

CREATE TABLE o2o_sku_status (
  sku_code         VARCHAR(64) NOT NULL,
  closed           BOOLEAN     DEFAULT FALSE NOT NULL,
  closing_date     DATE,
  reorder          BOOLEAN     DEFAULT FALSE NOT NULL,
  reorder_date     DATE,
  forced_sold_out  BOOLEAN     DEFAULT FALSE NOT NULL,
  limited_stock    BOOLEAN     DEFAULT FALSE NOT NULL,
  written          BOOLEAN     DEFAULT FALSE NOT NULL,
  PRIMARY KEY (sku_code),
  CONSTRAINT o2o_sku_status_closing_ck CHECK (closing_date IS NULL OR closed = TRUE),
  CONSTRAINT o2o_sku_status_reorder_ck CHECK (reorder_date IS NULL OR reorder = TRUE)
)${o2o_table_options};

CREATE TABLE o2o_sku_status_history (
  seq                  ${o2o_identity} PRIMARY KEY,
  sku_code             VARCHAR(64) NOT NULL,
  closed               BOOLEAN     NOT NULL,
  closing_date         DATE,
  reorder              BOOLEAN     NOT NULL,
  reorder_date         DATE,
  forced_sold_out      BOOLEAN     NOT NULL,
  limited_stock        BOOLEAN     NOT NULL,
  at_nanos             BIGINT      NOT NULL,
  actor_staff          VARCHAR(64) NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64)
)${o2o_table_options};

CREATE INDEX o2o_sku_status_history_sku_ix ON o2o_sku_status_history (sku_code, seq);
