package dev.millrace.pipeline;

/**
 * Where the partial artifact stands: the next batch to append and the file's length before it. A merge
 * heartbeats it, and the workflow carries it from one append to the next, so that a retried append first
 * cuts the file back to this length and never writes a batch twice.
 */
public record MergeCursor(int nextBatch, long bytesWritten) {
  /** An empty partial artifact, before the first batch. */
  public static final MergeCursor START = new MergeCursor(0, 0);
}
