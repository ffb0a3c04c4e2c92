package dev.millrace.pipeline;

import dev.millrace.store.Database;
import java.nio.file.Path;

/** Merges a stored run into its artifact; {@link BoundedMemoryMergeTest} runs it in a JVM with a small heap. */
public final class MergeInSmallHeap {
  private MergeInSmallHeap() {}

  /** Arguments: data directory of the embedded database, run id, batch count, artifact path. */
  public static void main(String[] args) throws Exception {
    try (Database database = Database.open(Database.embeddedUrl(Path.of(args[0])), null, null)) {
      new ArtifactMerger(new JdbcPipelineStore(database.dataSource()))
          .merge(args[1], Integer.parseInt(args[2]), Path.of(args[3]), null, cursor -> { });
    }
  }
}
