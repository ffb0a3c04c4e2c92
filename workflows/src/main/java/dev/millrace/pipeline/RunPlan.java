package dev.millrace.pipeline;

/**
 * The outcome of planning: how many batches the input splits into. The byte ranges themselves stay in
 * the database, so the plan stays small whatever the corpus size.
 */
public record RunPlan(int batchCount, long lineCount, String contentHash) {}
