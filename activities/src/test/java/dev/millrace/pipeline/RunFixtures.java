package dev.millrace.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Registers runs with default chunking, and makes their documents, for store tests. */
final class RunFixtures {
  private RunFixtures() {}

  static PipelineRequest registered(JdbcPipelineStore store, String runId, Path input, Path artifact) {
    PipelineRequest request = new PipelineRequest(runId, input.toString(), artifact.toString(),
        ChunkingParameters.defaults(), 2, null);
    store.runs().register(request);
    return request;
  }

  /** A document whose JSONL line holds only its id. */
  static OutputDocument document(long line, String id) {
    String json = "{\"id\":\"" + id + "\"}";
    return new OutputDocument(line, id, (json + "\n").getBytes(StandardCharsets.UTF_8), json);
  }
}
