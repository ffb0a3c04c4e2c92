package dev.millrace.pipeline;

/**
 * Where a run stands when it continues as new: the next batch to schedule, the totals so far and how far
 * the partial artifact got ({@code merged} is null in cursors written before appends existed). Every batch
 * before {@code nextBatch} is complete.
 */
public record PipelineCursor(int nextBatch, RunPlan plan, DocumentCounts counts, long startedAtMillis,
    MergeCursor merged) {}
