package dev.millrace.pipeline;

import dev.millrace.store.Database;
import java.nio.file.Path;

/** A migrated embedded database in a test's temporary directory. */
final class EmbeddedStore {
  private EmbeddedStore() {}

  static Database open(Path dir) {
    return Database.open(Database.embeddedUrl(dir), null, null);
  }

  static PipelineRequest registered(JdbcPipelineStore store, String runId, Path input, Path artifact) {
    PipelineRequest request = new PipelineRequest(runId, input.toString(), artifact.toString(),
        ChunkingParameters.defaults(), 2, null);
    store.registerRun(request);
    return request;
  }
}
