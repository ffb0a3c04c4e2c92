package dev.millrace.pipeline;

import java.nio.file.Path;

/** Registers runs with default chunking for store tests. */
final class RunFixtures {
  private RunFixtures() {}

  static PipelineRequest registered(JdbcPipelineStore store, String runId, Path input, Path artifact) {
    PipelineRequest request = new PipelineRequest(runId, input.toString(), artifact.toString(),
        ChunkingParameters.defaults(), 2, null);
    store.runs().register(request);
    return request;
  }
}
