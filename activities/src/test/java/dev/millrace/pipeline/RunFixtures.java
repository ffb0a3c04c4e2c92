package dev.millrace.pipeline;

import java.io.IOException;
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

  /** Plans a run of one-byte batches, so tests that only store and read batches need no input file. */
  static void planBatches(JdbcPipelineStore store, String runId, int batches, long lines) throws IOException {
    store.savePlan(runId, sink -> {
      for (int i = 0; i < batches; i++) {
        sink.accept(new BatchRange(i, i, i + 1, i));
      }
      return new RunPlan(batches, lines, "h");
    });
  }

  /** A document whose JSONL line holds only its id. */
  static OutputDocument document(long line, String id) {
    String json = "{\"id\":\"" + id + "\"}";
    return new OutputDocument(line, id, (json + "\n").getBytes(StandardCharsets.UTF_8), json);
  }
}
