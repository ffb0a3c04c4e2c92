-- The optional PostgreSQL table sink of a run, kept with its other parameters so that a resumed run writes
-- to the same table. Credentials are never stored: the worker reads them from its environment.
ALTER TABLE pipeline_run ADD COLUMN table_sink_url VARCHAR(2000);
ALTER TABLE pipeline_run ADD COLUMN table_sink_table VARCHAR(200);

-- How each output sink of a run fared, so that status can name a failed sink after Temporal forgot the run.
CREATE TABLE run_sink_outcome (
  run_id    VARCHAR(200)  NOT NULL,
  sink      VARCHAR(32)   NOT NULL,
  succeeded BOOLEAN       NOT NULL,
  detail    VARCHAR(1000),
  PRIMARY KEY (run_id, sink)
);
