package dev.millrace.pipeline;

import java.util.List;

/**
 * A run's progress as the workflow query reports it; clients derive rate and ETA from it.
 *
 * @param sinks how each output sink fared, once the run has written them
 */
public record PipelineProgress(
    String runId,
    RunState state,
    DocumentCounts counts,
    int batchesTotal,
    int batchesCompleted,
    long startedAtMillis,
    long updatedAtMillis,
    List<SinkOutcome> sinks) {
  public PipelineProgress {
    sinks = sinks == null ? List.of() : List.copyOf(sinks);
  }

  public PipelineProgress(
      String runId, RunState state, DocumentCounts counts, int batchesTotal, int batchesCompleted,
      long startedAtMillis, long updatedAtMillis) {
    this(runId, state, counts, batchesTotal, batchesCompleted, startedAtMillis, updatedAtMillis, List.of());
  }
}
