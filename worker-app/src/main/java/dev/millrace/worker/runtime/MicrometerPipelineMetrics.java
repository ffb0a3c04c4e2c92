package dev.millrace.worker.runtime;

import dev.millrace.pipeline.PipelineMetrics;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.pipeline.QuarantinedRecord;
import dev.millrace.pipeline.RunState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/** Publishes the activities' reports as the {@code millrace_*} metrics catalogued in docs/metrics.md. */
public final class MicrometerPipelineMetrics implements PipelineMetrics {
  private final MeterRegistry registry;
  private final Counter documentsIn;
  private final Counter documentsProcessed;
  private final Timer batchDuration;
  private final AtomicReference<Double> lastBatchThroughput = new AtomicReference<>(0.0);

  public MicrometerPipelineMetrics(MeterRegistry registry) {
    this.registry = registry;
    documentsIn = Counter.builder("millrace_documents_in")
        .description("Input records read by this worker's batches").register(registry);
    documentsProcessed = Counter.builder("millrace_documents_processed")
        .description("Documents cleaned and written to a batch").register(registry);
    batchDuration = Timer.builder("millrace_batch_duration")
        .description("Time to read, clean and checkpoint one batch")
        .publishPercentileHistogram()
        .register(registry);
    Gauge.builder("millrace_pipeline_throughput", lastBatchThroughput, AtomicReference::get)
        .description("Documents per second of the last batch this worker completed")
        .baseUnit("documents_per_second")
        .register(registry);
    for (RunState state : RunState.values()) {
      runs(state);
    }
    for (QuarantineReason reason : QuarantineReason.values()) {
      quarantined(reason);
    }
  }

  @Override
  public void batchProcessed(ProcessedBatch batch, Duration duration) {
    documentsIn.increment(batch.documentsIn());
    documentsProcessed.increment(batch.documentsOut());
    for (QuarantinedRecord record : batch.quarantined()) {
      quarantined(QuarantineReason.of(record.reason())).increment();
    }
    batchDuration.record(duration);
    double seconds = Math.max(duration.toNanos(), 1) / 1e9;
    lastBatchThroughput.set(batch.documentsIn() / seconds);
  }

  @Override
  public void runReached(RunState state) {
    runs(state).increment();
  }

  private Counter runs(RunState state) {
    return Counter.builder("millrace_runs").description("Runs that reached each state on this worker")
        .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
  }

  private Counter quarantined(QuarantineReason reason) {
    return Counter.builder("millrace_documents_quarantined").description("Input records sent to quarantine")
        .tag("reason", reason.label()).register(registry);
  }
}
