package dev.millrace.pipeline;

import io.temporal.activity.ActivityInterface;

/** The pipeline's I/O, each call idempotent so that Temporal may retry it freely. */
@ActivityInterface
public interface PipelineActivities {
  /** Records the run and its chunking parameters; registering the same run again changes nothing. */
  void register(PipelineRequest request);

  /** Streams the input once and stores the byte range of every batch. */
  RunPlan plan(String runId);

  /** Cleans one batch and stores its documents, quarantine and checkpoint in one transaction. */
  BatchResult processBatch(String runId, int batchIndex);

  /** Streams every stored batch, in order, into the artifact; heartbeats the last batch written. */
  void merge(String runId, int batchCount);

  /** Records how the run ended; writes an empty artifact when there was nothing to merge. */
  void finish(RunOutcome outcome);

  /**
   * Publishes a lifecycle event the activities cannot see for themselves: {@code what} is "paused" or
   * "resumed", {@code sequence} numbers the pauses so that each has its own event id.
   */
  void announce(String runId, String what, DocumentCounts counts, int sequence);
}
