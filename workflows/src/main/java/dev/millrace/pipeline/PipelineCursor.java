package dev.millrace.pipeline;

/**
 * Where a run stands when it continues as new: the next batch to schedule and the totals so far.
 * Every batch before {@code nextBatch} is complete.
 */
public record PipelineCursor(int nextBatch, RunPlan plan, DocumentCounts counts, long startedAtMillis) {}
