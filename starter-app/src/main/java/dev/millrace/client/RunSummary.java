package dev.millrace.client;

import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.RunState;
import dev.millrace.pipeline.SinkOutcome;
import java.util.List;

/**
 * The flat, printable view of a run that the CLI shows and {@code --json} emits.
 *
 * @param sinks how each output sink fared, once the run has written them
 */
public record RunSummary(
    String runId,
    RunState state,
    long documentsIn,
    long documentsOut,
    long documentsQuarantined,
    int batchesTotal,
    int batchesCompleted,
    String artifact,
    long elapsedMillis,
    double documentsPerSecond,
    List<SinkOutcome> sinks) {

  public static RunSummary of(PipelineProgress progress, String artifact) {
    long elapsed = Math.max(0, progress.updatedAtMillis() - progress.startedAtMillis());
    long in = progress.counts().documentsIn();
    return new RunSummary(progress.runId(), progress.state(), in, progress.counts().documentsOut(),
        progress.counts().documentsQuarantined(), progress.batchesTotal(), progress.batchesCompleted(),
        artifact, elapsed, elapsed == 0 ? 0 : in * 1000.0 / elapsed, progress.sinks());
  }
}
