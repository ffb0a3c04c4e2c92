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

  /**
   * Streams every stored batch, in order, into the artifact; heartbeats the last batch written. Runs
   * started before appends existed still call it.
   */
  void merge(String runId, int batchCount);

  /**
   * Appends the stored batches from {@code from} up to {@code toBatch} (exclusive) to the run's partial
   * artifact, first cutting it back to {@code from}'s length; returns where the next append starts. A
   * partial artifact shorter than that (another machine's disk, say) is rewritten from the first batch.
   */
  MergeCursor appendToArtifact(String runId, MergeCursor from, int toBatch);

  /** Appends the batches from {@code from} on, as {@link #appendToArtifact} does, and publishes the artifact. */
  void mergeFrom(String runId, MergeCursor from, int batchCount);

  /** Records how the run ended; writes an empty artifact when there was nothing to merge. */
  void finish(RunOutcome outcome);

  /**
   * Publishes a lifecycle event the activities cannot see for themselves: {@code what} is "paused" or
   * "resumed", {@code sequence} numbers the pauses so that each has its own event id.
   */
  void announce(String runId, String what, DocumentCounts counts, int sequence);
}
