package dev.millrace.pipeline;

/** What the workflow asks the database to record when a run ends. */
public record RunOutcome(String runId, RunState state, DocumentCounts counts, String artifactPath, String error) {}
