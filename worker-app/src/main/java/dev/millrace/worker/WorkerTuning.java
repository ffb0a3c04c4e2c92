package dev.millrace.worker;

import dev.millrace.pipeline.PipelineMetrics;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.List;

/**
 * How a worker runs: its task queue, slot counts, thread kind, grace period, stickiness, and what observes it.
 * Defaults suit the all-in-one command; the {@code worker} command takes them from its settings.
 */
public record WorkerTuning(
    String taskQueue,
    int workflowSlots,
    int activitySlots,
    boolean virtualThreads,
    Duration shutdownGrace,
    boolean stickyExecution,
    PipelineMetrics metrics,
    List<WorkerInterceptor> interceptors) {

  public static final int DEFAULT_WORKFLOW_SLOTS = 200;
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

  public WorkerTuning {
    interceptors = List.copyOf(interceptors);
  }

  public static WorkerTuning defaults(String taskQueue) {
    return new WorkerTuning(taskQueue, DEFAULT_WORKFLOW_SLOTS, 2 * Runtime.getRuntime().availableProcessors(),
        Runtime.version().feature() >= 21, DEFAULT_SHUTDOWN_GRACE, true, PipelineMetrics.NONE, List.of());
  }

  /** The factory side: thread kind and interceptors. */
  public WorkerFactoryOptions factoryOptions() {
    return WorkerFactoryOptions.newBuilder()
        .setUsingVirtualWorkflowThreads(virtualThreads)
        .setWorkerInterceptors(interceptors.toArray(WorkerInterceptor[]::new))
        .build();
  }

  /** The worker side: slot counts, stickiness and how a graceful stop drains. */
  public WorkerOptions workerOptions() {
    return StickyExecution.configure(GracefulDrain.configure(WorkerOptions.newBuilder())
        .setMaxConcurrentWorkflowTaskExecutionSize(workflowSlots)
        .setMaxConcurrentActivityExecutionSize(activitySlots), stickyExecution)
        .build();
  }
}
