package dev.millrace.bench.engine;

import io.temporal.common.converter.DataConverter;
import io.temporal.worker.Worker;

/** One of the compared worker set-ups, polling its own task queue on the shared test server. */
interface EngineWorker extends AutoCloseable {
  /** How the load generator must encode payloads for this worker. */
  DataConverter dataConverter();

  String taskQueue();

  @Override
  void close();

  /** Registers the benchmark workload on a worker. */
  static void registerWorkload(Worker worker) {
    worker.registerWorkflowImplementationTypes(EchoWorkflowImpl.class);
    worker.registerActivitiesImplementations(new EchoActivitiesImpl());
  }
}
