package dev.millrace.pipeline;

import java.util.List;

/**
 * What the workflow asks the database to record when a run ends.
 *
 * @param sinks how each output sink fared; empty when the run ended before writing them
 */
public record RunOutcome(
    String runId, RunState state, DocumentCounts counts, String artifactPath, String error, List<SinkOutcome> sinks) {
  public RunOutcome {
    sinks = sinks == null ? List.of() : List.copyOf(sinks);
  }

  public RunOutcome(String runId, RunState state, DocumentCounts counts, String artifactPath, String error) {
    this(runId, state, counts, artifactPath, error, List.of());
  }
}
