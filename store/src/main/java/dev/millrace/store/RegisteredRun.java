package dev.millrace.store;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.RunState;
import dev.millrace.pipeline.SinkOutcome;
import dev.millrace.pipeline.TableSink;
import java.time.Instant;
import java.util.List;

/**
 * A run as the registry keeps it: what it reads and writes, how it cuts its input, and how far it got
 * according to its checkpoints. Enough to resume the run without Temporal and to report its status.
 *
 * @param batchCount null until the run is planned
 * @param tableSink null unless the run also writes a PostgreSQL table
 * @param sinks how each output sink fared, once the run ended
 */
public record RegisteredRun(
    String runId, String inputPath, String artifactPath, ChunkingParameters chunking, int window,
    RunState state, Integer batchCount, int batchesCompleted, DocumentCounts counts, Instant createdAt,
    Instant updatedAt, TableSink tableSink, List<SinkOutcome> sinks) {

  /** The request that continues this run with its stored parameters. */
  public PipelineRequest toRequest() {
    return new PipelineRequest(runId, inputPath, artifactPath, chunking, window, null, tableSink);
  }

  /** The run's progress as its checkpoints record it, for when Temporal cannot answer. */
  public PipelineProgress toProgress() {
    return new PipelineProgress(runId, state, counts, batchCount == null ? 0 : batchCount, batchesCompleted,
        createdAt.toEpochMilli(), updatedAt.toEpochMilli(), sinks);
  }
}
