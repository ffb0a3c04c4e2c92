package dev.millrace.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * How a run cuts and cleans its input. Stored with the run when it is registered, so a resumed run
 * processes its remaining batches exactly as the first attempt did.
 */
public record ChunkingParameters(int batchSize, int maxDocumentBytes, List<String> cleaningSteps) {
  public ChunkingParameters {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be at least 1, was " + maxDocumentBytes);
    }
    cleaningSteps = List.copyOf(Objects.requireNonNull(cleaningSteps, "cleaningSteps"));
  }

  public static ChunkingParameters defaults() {
    return new ChunkingParameters(
        PipelineDefaults.BATCH_SIZE, PipelineDefaults.MAX_DOCUMENT_BYTES, PipelineDefaults.CLEANING_STEPS);
  }
}
