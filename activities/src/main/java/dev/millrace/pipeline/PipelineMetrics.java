package dev.millrace.pipeline;

import java.time.Duration;

/**
 * What the activities report about their work, so that a worker can publish it (Prometheus) while tests
 * and the all-in-one command need nothing.
 */
public interface PipelineMetrics {
  PipelineMetrics NONE = new PipelineMetrics() {
    @Override
    public void batchProcessed(ProcessedBatch batch, Duration duration) {
    }

    @Override
    public void runReached(RunState state) {
    }
  };

  /** A batch was cleaned and checkpointed for the first time (a replayed checkpoint is not reported). */
  void batchProcessed(ProcessedBatch batch, Duration duration);

  /** A run was registered ({@link RunState#REGISTERED}) or finished in the given state. */
  void runReached(RunState state);
}
