package dev.millrace.pipeline;

/** A run's progress as the workflow query reports it; clients derive rate and ETA from it. */
public record PipelineProgress(
    String runId,
    RunState state,
    DocumentCounts counts,
    int batchesTotal,
    int batchesCompleted,
    long startedAtMillis,
    long updatedAtMillis) {}
