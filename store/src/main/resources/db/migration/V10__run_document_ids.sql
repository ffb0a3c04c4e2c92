-- Every document id a run has kept, written in the batch's transaction: a unique key makes a duplicate id
-- in a later batch (or a concurrent one) visible, so it is quarantined rather than output twice.
CREATE TABLE run_document_id (
  run_id      VARCHAR(200) NOT NULL,
  document_id VARCHAR(500) NOT NULL,
  batch_index INTEGER      NOT NULL,
  line_number BIGINT       NOT NULL,
  PRIMARY KEY (run_id, document_id)
);
