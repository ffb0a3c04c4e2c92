package dev.millrace.pipeline;

import io.temporal.activity.ActivityInterface;

/** Copies a run's stored documents into a PostgreSQL table; kept apart so the table can fail alone. */
@ActivityInterface
public interface TableSinkActivities {
  /**
   * Upserts every stored document of the run into the sink's table, keyed by (run id, document id), so a
   * retried export never duplicates rows; heartbeats the next batch to export. Returns the rows written.
   */
  long exportToTable(String runId, int batchCount, TableSink sink);
}
