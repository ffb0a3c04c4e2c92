package dev.millrace.worker.runtime;

import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.store.Database;
import dev.millrace.worker.PipelineWorker;
import dev.millrace.worker.WorkerTuning;
import dev.millrace.worker.config.WorkerSettings;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;

/**
 * Everything a production worker process runs, started in order and stopped in reverse: the database,
 * the metrics registry, the Temporal connection, the pipeline worker and the metrics/health server.
 */
public final class WorkerRuntime implements AutoCloseable {
  private final Database database;
  private final WorkerMetrics metrics;
  private final WorkflowServiceStubs service;
  private final PipelineWorker worker;
  private final RuntimeHttpServer http;

  private WorkerRuntime(Database database, WorkerMetrics metrics, WorkflowServiceStubs service,
      PipelineWorker worker, RuntimeHttpServer http) {
    this.database = database;
    this.metrics = metrics;
    this.service = service;
    this.worker = worker;
    this.http = http;
  }

  public static WorkerRuntime start(WorkerSettings settings) {
    Database database = settings.openDatabase();
    WorkerMetrics metrics = new WorkerMetrics();
    WorkflowServiceStubs service = null;
    PipelineWorker worker = null;
    try {
      service = settings.temporal().connect(metrics.sdkScope());
      WorkerTuning tuning = new WorkerTuning(settings.taskQueue(), settings.workflowSlots(),
          settings.activitySlots(), settings.virtualThreads(), settings.shutdownGrace(),
          new MicrometerPipelineMetrics(metrics.registry()), List.of(new ActivityObserver(metrics.registry())));
      worker = PipelineWorker.start(settings.temporal().client(service),
          new JdbcPipelineStore(database.dataSource()), tuning);
      HealthChecks health = new HealthChecks(worker::isRunning, service, database.dataSource());
      RuntimeHttpServer http = RuntimeHttpServer.start(settings.httpHost(), settings.metricsPort(), metrics, health);
      return new WorkerRuntime(database, metrics, service, worker, http);
    } catch (RuntimeException e) {
      if (worker != null) {
        worker.close();
      }
      if (service != null) {
        service.shutdown();
      }
      metrics.close();
      database.close();
      throw e;
    }
  }

  /** The port of /metrics and /health/*, useful when the setting asked for any free port. */
  public int httpPort() {
    return http.port();
  }

  /**
   * Stops polling, lets in-flight tasks finish within the grace period (readiness reports DOWN
   * meanwhile), then closes the server, the connection, the metrics and the database.
   */
  @Override
  public void close() {
    worker.close();
    http.close();
    service.shutdown();
    metrics.close();
    database.close();
  }
}
