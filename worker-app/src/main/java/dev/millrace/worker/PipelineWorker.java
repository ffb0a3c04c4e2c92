package dev.millrace.worker;

import dev.millrace.events.EventPublisher;
import dev.millrace.pipeline.DocumentPipelineWorkflowImpl;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.PipelineActivitiesImpl;
import dev.millrace.pipeline.PipelineDefaults;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.util.concurrent.TimeUnit;

/**
 * A running worker: polls the pipeline task queue and executes its workflows and activities against the
 * given store. On JDK 21+ workflow threads are virtual, so thousands of cached runs cost little memory.
 */
public final class PipelineWorker implements AutoCloseable {
  private static final boolean VIRTUAL_THREADS = Runtime.version().feature() >= 21;

  private final WorkerFactory factory;

  private PipelineWorker(WorkerFactory factory) {
    this.factory = factory;
  }

  public static PipelineWorker start(
      WorkflowClient client, JdbcPipelineStore store, EventPublisher events, String taskQueue) {
    WorkerFactory factory = WorkerFactory.newInstance(
        client, WorkerFactoryOptions.newBuilder().setUsingVirtualWorkflowThreads(VIRTUAL_THREADS).build());
    Worker worker = factory.newWorker(taskQueue, WorkerOptions.newBuilder().build());
    worker.registerWorkflowImplementationTypes(DocumentPipelineWorkflowImpl.class);
    worker.registerActivitiesImplementations(new PipelineActivitiesImpl(store, events));
    factory.start();
    return new PipelineWorker(factory);
  }

  public static PipelineWorker start(WorkflowClient client, JdbcPipelineStore store, EventPublisher events) {
    return start(client, store, events, PipelineDefaults.TASK_QUEUE);
  }

  /** Stops polling and lets in-flight tasks finish for up to the grace period. */
  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(30, TimeUnit.SECONDS);
    if (!factory.isTerminated()) {
      factory.shutdownNow();
    }
  }
}
