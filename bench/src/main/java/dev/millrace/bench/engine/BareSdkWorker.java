package dev.millrace.bench.engine;

import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.util.concurrent.TimeUnit;

/** The baseline: a Temporal SDK worker with every option at its default (no metrics, codec or interceptors). */
final class BareSdkWorker implements EngineWorker {
  private final WorkflowServiceStubs service;
  private final WorkerFactory factory;
  private final String taskQueue;

  private BareSdkWorker(WorkflowServiceStubs service, WorkerFactory factory, String taskQueue) {
    this.service = service;
    this.factory = factory;
    this.taskQueue = taskQueue;
  }

  static BareSdkWorker start(String address, String taskQueue) {
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkerFactory factory = WorkerFactory.newInstance(WorkflowClient.newInstance(service));
    EngineWorker.registerWorkload(factory.newWorker(taskQueue));
    factory.start();
    return new BareSdkWorker(service, factory, taskQueue);
  }

  @Override
  public DataConverter dataConverter() {
    return DefaultDataConverter.STANDARD_INSTANCE;
  }

  @Override
  public String taskQueue() {
    return taskQueue;
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    service.shutdown();
  }
}
