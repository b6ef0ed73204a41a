-- Store pickups: a row per pickup, the whole pickup as a JSON document beside the columns it is found by (slip number,
-- unique mall order number, store, state, request time, deadline, whether a slip waits to print); the activity log;
-- each store's print settings and print state. Slip numbers come from a sequence.

CREATE SEQUENCE o2o_pickup_slip_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE o2o_pickup (
  slip_number         VARCHAR(64)  NOT NULL,
  mall_order_number   VARCHAR(64)  NOT NULL,
  store_kind          VARCHAR(16)  NOT NULL,
  store_code          VARCHAR(64)  NOT NULL,
  state               VARCHAR(32)  NOT NULL,
  requested_at_nanos  BIGINT       NOT NULL,
  deadline_nanos      BIGINT,
  has_pending_slips   BOOLEAN      NOT NULL,
  document            ${o2o_text}  NOT NULL,
  PRIMARY KEY (slip_number),
  CONSTRAINT o2o_pickup_order_uq UNIQUE (mall_order_number)
)${o2o_table_options};

CREATE INDEX o2o_pickup_store_ix ON o2o_pickup (store_kind, store_code, requested_at_nanos);

CREATE TABLE o2o_pickup_activity (
  seq                  ${o2o_identity} PRIMARY KEY,
  slip_number          VARCHAR(64)   NOT NULL,
  at_nanos             BIGINT        NOT NULL,
  actor_staff          VARCHAR(64)   NOT NULL,
  actor_location_kind  VARCHAR(16),
  actor_location_code  VARCHAR(64),
  activity             VARCHAR(32)   NOT NULL,
  state_after          VARCHAR(32)   NOT NULL,
  detail               VARCHAR(4000)
)${o2o_table_options};

CREATE INDEX o2o_pickup_activity_slip_ix ON o2o_pickup_activity (slip_number, seq);

CREATE TABLE o2o_print_settings (
  store_kind                VARCHAR(16)  NOT NULL,
  store_code                VARCHAR(64)  NOT NULL,
  schedule_minutes          VARCHAR(64)  NOT NULL,
  cancellation_detail       VARCHAR(32)  NOT NULL,
  last_printed_at_nanos     BIGINT,
  last_scheduled_run_nanos  BIGINT,
  PRIMARY KEY (store_kind, store_code)
)${o2o_table_options};
