-- The document pipeline's durable state. Portable between PostgreSQL and H2 in PostgreSQL mode.
CREATE TABLE pipeline_run (
  run_id                VARCHAR(200)  PRIMARY KEY,
  input_path            VARCHAR(4096) NOT NULL,
  artifact_path         VARCHAR(4096) NOT NULL,
  batch_size            INTEGER       NOT NULL,
  max_document_bytes    INTEGER       NOT NULL,
  cleaning_steps        VARCHAR(1000) NOT NULL,
  window_size           INTEGER       NOT NULL,
  state                 VARCHAR(32)   NOT NULL,
  batch_count           INTEGER,
  line_count            BIGINT,
  content_hash          VARCHAR(64),
  documents_in          BIGINT        NOT NULL DEFAULT 0,
  documents_out         BIGINT        NOT NULL DEFAULT 0,
  documents_quarantined BIGINT        NOT NULL DEFAULT 0,
  error                 VARCHAR(4000),
  created_at            TIMESTAMP     NOT NULL,
  updated_at            TIMESTAMP     NOT NULL
);

CREATE TABLE pipeline_batch (
  run_id       VARCHAR(200) NOT NULL REFERENCES pipeline_run (run_id),
  batch_index  INTEGER      NOT NULL,
  start_offset BIGINT       NOT NULL,
  end_offset   BIGINT       NOT NULL,
  first_line   BIGINT       NOT NULL,
  PRIMARY KEY (run_id, batch_index)
);

CREATE TABLE batch_output (
  run_id      VARCHAR(200) NOT NULL,
  batch_index INTEGER      NOT NULL,
  documents   BYTEA        NOT NULL,
  PRIMARY KEY (run_id, batch_index),
  FOREIGN KEY (run_id, batch_index) REFERENCES pipeline_batch (run_id, batch_index)
);

CREATE TABLE quarantine (
  run_id      VARCHAR(200)  NOT NULL,
  line_number BIGINT        NOT NULL,
  batch_index INTEGER       NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  excerpt     VARCHAR(1000) NOT NULL,
  PRIMARY KEY (run_id, line_number)
);

-- Written last in the batch's transaction: its presence means the batch is durably done.
CREATE TABLE batch_checkpoint (
  run_id                VARCHAR(200) NOT NULL,
  batch_index           INTEGER      NOT NULL,
  documents_in          INTEGER      NOT NULL,
  documents_out         INTEGER      NOT NULL,
  documents_quarantined INTEGER      NOT NULL,
  completed_at          TIMESTAMP    NOT NULL,
  PRIMARY KEY (run_id, batch_index),
  FOREIGN KEY (run_id, batch_index) REFERENCES pipeline_batch (run_id, batch_index)
);
