package dev.millrace.pipeline;

import java.util.Objects;

/**
 * What a pipeline run is asked to do. Paths are as the worker sees them; only they and the counts in the
 * cursor cross Temporal, never document text.
 *
 * @param cursor null on the first execution; set when the run continues as new
 * @param tableSink null unless the documents also go to a PostgreSQL table beside the JSONL artifact
 */
public record PipelineRequest(
    String runId, String inputPath, String artifactPath, ChunkingParameters chunking, int window,
    PipelineCursor cursor, TableSink tableSink) {
  public PipelineRequest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(artifactPath, "artifactPath");
    Objects.requireNonNull(chunking, "chunking");
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, was " + window);
    }
  }

  /** A request that writes the JSONL artifact only. */
  public PipelineRequest(
      String runId, String inputPath, String artifactPath, ChunkingParameters chunking, int window,
      PipelineCursor cursor) {
    this(runId, inputPath, artifactPath, chunking, window, cursor, null);
  }

  public PipelineRequest continuingAt(PipelineCursor next) {
    return new PipelineRequest(runId, inputPath, artifactPath, chunking, window, next, tableSink);
  }

  public PipelineRequest withTableSink(TableSink sink) {
    return new PipelineRequest(runId, inputPath, artifactPath, chunking, window, cursor, sink);
  }
}
