package dev.millrace.worker;

import dev.millrace.events.EventPublisher;
import dev.millrace.pipeline.DocumentPipelineWorkflowImpl;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineActivitiesImpl;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.TableSinkActivitiesImpl;
import dev.millrace.pipeline.TableSinkCredentials;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A running worker: polls the pipeline task queue and executes its workflows and activities against the
 * given store. On JDK 21+ workflow threads are virtual, so thousands of cached runs cost little memory.
 */
public final class PipelineWorker implements AutoCloseable {
  private final WorkerFactory factory;
  private final Duration shutdownGrace;

  private PipelineWorker(WorkerFactory factory, Duration shutdownGrace) {
    this.factory = factory;
    this.shutdownGrace = shutdownGrace;
  }

  public static PipelineWorker start(
      WorkflowClient client, JdbcPipelineStore store, WorkerTuning tuning, EventPublisher events) {
    WorkerFactory factory = WorkerFactory.newInstance(client, tuning.factoryOptions());
    Worker worker = factory.newWorker(tuning.taskQueue(), tuning.workerOptions());
    worker.registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class);
    worker.registerActivitiesImplementations(new PipelineActivitiesImpl(store, tuning.metrics(), events),
        new TableSinkActivitiesImpl(store, TableSinkCredentials.fromEnvironment(System.getenv())));
    factory.start();
    return new PipelineWorker(factory, tuning.shutdownGrace());
  }

  public static PipelineWorker start(WorkflowClient client, JdbcPipelineStore store, EventPublisher events) {
    return start(client, store, WorkerTuning.defaults(PipelineDefaults.TASK_QUEUE), events);
  }

  /** Whether the worker is polling: started and not shutting down. */
  public boolean isRunning() {
    return factory.isStarted() && !factory.isShutdown();
  }

  /** Stops taking new tasks; in-flight ones go on. {@link #close()} waits for them. */
  public void stopPolling() {
    factory.shutdown();
  }

  /** Stops polling and lets in-flight tasks finish for up to the grace period, then interrupts them. */
  @Override
  public void close() {
    stopPolling();
    factory.awaitTermination(shutdownGrace.toMillis(), TimeUnit.MILLISECONDS);
    if (!factory.isTerminated()) {
      factory.shutdownNow();
      factory.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
