package dev.millrace.worker.runtime;

import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.store.CircuitBreakingDataSource;
import dev.millrace.store.Database;
import dev.millrace.events.EventPublisher;
import dev.millrace.worker.OperationsWorker;
import dev.millrace.worker.PipelineWorker;
import dev.millrace.worker.WorkerTuning;
import dev.millrace.worker.config.WorkerSettings;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a production worker process runs, started in order and stopped in reverse: the database
 * (behind a circuit breaker for the activities; health checks see it directly),
 * the metrics registry, the Temporal connection, the metrics/health server, the pipeline worker and the
 * operations workflows' worker (last, so that a port already in use stops the start-up before anything
 * polls).
 */
public final class WorkerRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(WorkerRuntime.class);

  private final Database database;
  private final WorkerMetrics metrics;
  private final WorkflowServiceStubs service;
  private final PipelineWorker worker;
  private final OperationsWorker operations;
  private final RuntimeHttpServer http;

  private WorkerRuntime(Database database, WorkerMetrics metrics, WorkflowServiceStubs service,
      PipelineWorker worker, OperationsWorker operations, RuntimeHttpServer http) {
    this.database = database;
    this.metrics = metrics;
    this.service = service;
    this.worker = worker;
    this.operations = operations;
    this.http = http;
  }

  public static WorkerRuntime start(WorkerSettings settings, EventPublisher events) {
    Database database = settings.openDatabase();
    WorkerMetrics metrics = new WorkerMetrics();
    WorkflowServiceStubs service = null;
    RuntimeHttpServer http = null;
    try {
      service = settings.temporal().connect(metrics.sdkScope());
      AtomicReference<PipelineWorker> polling = new AtomicReference<>();
      HealthChecks health = new HealthChecks(
          () -> polling.get() != null && polling.get().isRunning(), service, database.dataSource());
      http = RuntimeHttpServer.start(settings.httpHost(), settings.metricsPort(), metrics, health);
      boolean sticky = settings.stickyExecution().resolve(service);
      log.info("Sticky execution {} (setting {})", sticky ? "on" : "off",
          settings.stickyExecution().name().toLowerCase(Locale.ROOT));
      CircuitBreakingDataSource activitiesDatabase = CircuitBreakingDataSource.guarding(database.dataSource());
      DatabaseCircuitMetrics.register(activitiesDatabase.breaker(), metrics.registry());
      polling.set(PipelineWorker.start(settings.temporal().client(service),
          new JdbcPipelineStore(activitiesDatabase), tuning(settings, metrics, sticky), events));
      OperationsWorker operations = OperationsWorker.start(settings.temporal().client(service), activitiesDatabase,
          sticky);
      return new WorkerRuntime(database, metrics, service, polling.get(), operations, http);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      if (service != null) {
        service.shutdown();
      }
      metrics.close();
      database.close();
      throw e;
    }
  }

  /**
   * How a production worker runs: the configured slots and thread kind, stickiness as resolved for the
   * connected server, with Millrace's metrics and activity interceptor reporting to the given registry.
   * Public so that benchmarks measure exactly this.
   */
  public static WorkerTuning tuning(WorkerSettings settings, WorkerMetrics metrics, boolean stickyExecution) {
    return new WorkerTuning(settings.taskQueue(), settings.workflowSlots(), settings.activitySlots(),
        settings.virtualThreads(), settings.shutdownGrace(), stickyExecution,
        new MicrometerPipelineMetrics(metrics.registry()), List.of(new ActivityObserver(metrics.registry())));
  }

  /** The port of /metrics and /health/*, useful when the setting asked for any free port. */
  public int httpPort() {
    return http.port();
  }

  /**
   * Stops polling on every task queue at once, lets in-flight tasks finish within the grace period
   * (readiness reports DOWN meanwhile), then closes the server, the connection, the metrics and the database.
   */
  @Override
  public void close() {
    worker.stopPolling();
    operations.stopPolling();
    worker.close();
    operations.close();
    http.close();
    service.shutdown();
    metrics.close();
    database.close();
  }
}
