package dev.millrace.pipeline;

/** Heartbeat details of a table export: the next batch to export and the rows written before it. */
public record TableExportCursor(int nextBatch, long rowsWritten) {
  public static final TableExportCursor START = new TableExportCursor(0, 0);
}
