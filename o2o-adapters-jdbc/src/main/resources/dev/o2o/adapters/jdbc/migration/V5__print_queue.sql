-- The print queue: slips waiting for their printer, served in id order per printer.

CREATE TABLE o2o_print_job (
  id                   ${o2o_identity} PRIMARY KEY,
  printer              VARCHAR(64)   NOT NULL,
  document             ${o2o_text}   NOT NULL,
  enqueued_at_nanos    BIGINT        NOT NULL,
  due_at_nanos         BIGINT        NOT NULL,
  claimed_until_nanos  BIGINT,
  attempts             INT           DEFAULT 0 NOT NULL,
  may_have_printed     BOOLEAN       DEFAULT FALSE NOT NULL,
  last_failure         VARCHAR(4000),
  CONSTRAINT o2o_print_job_attempts_ck CHECK (attempts >= 0)
)${o2o_table_options};

CREATE INDEX o2o_print_job_printer_ix ON o2o_print_job (printer, id);
