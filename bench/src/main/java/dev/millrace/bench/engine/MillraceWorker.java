package dev.millrace.bench.engine;

import dev.millrace.connection.CodecKeys;
import dev.millrace.worker.WorkerTuning;
import dev.millrace.worker.config.Setting;
import dev.millrace.worker.config.SettingSources;
import dev.millrace.worker.config.WorkerSettings;
import dev.millrace.worker.runtime.WorkerMetrics;
import dev.millrace.worker.runtime.WorkerRuntime;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.converter.DataConverter;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerFactory;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A worker set up exactly as {@code millrace worker} sets up its pipeline worker, from the default
 * settings: the SDK metrics scope and Millrace's registry, the activity interceptor, the production slot
 * counts and thread kind, and the AES-GCM payload codec with a fresh key. Only the registered workload
 * and stickiness differ: sticky execution is forced on, as {@code auto} resolves it on a real cluster and as
 * the bare SDK worker has it by default, so that both workers replay alike. ({@code auto} turns it off on the
 * test server, whose sticky queues strand tasks of a stopped worker; no worker stops during a measurement.)
 */
final class MillraceWorker implements EngineWorker {
  private final WorkflowServiceStubs service;
  private final WorkerFactory factory;
  private final WorkerMetrics metrics;
  private final WorkerSettings settings;

  private MillraceWorker(WorkflowServiceStubs service, WorkerFactory factory, WorkerMetrics metrics,
      WorkerSettings settings) {
    this.service = service;
    this.factory = factory;
    this.metrics = metrics;
    this.settings = settings;
  }

  /** What a variant of the worker leaves out, so that each part's cost can be told apart. */
  enum Omitted {
    NOTHING,
    /** Platform workflow threads instead of the default (virtual from JDK 21). */
    VIRTUAL_THREADS,
    PAYLOAD_CODEC,
    /** The SDK's own {@code temporal_*} metrics scope on the service stubs. */
    SDK_METRICS,
    /** {@code ActivityObserver}: MDC, the per-activity log line, in-flight gauge and pickup timer. */
    ACTIVITY_OBSERVER
  }

  static MillraceWorker start(String address, String taskQueue, Omitted omitted) {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.TASK_QUEUE, taskQueue);
    flags.put(Setting.STICKY_EXECUTION, "true");
    if (omitted == Omitted.VIRTUAL_THREADS) {
      flags.put(Setting.VIRTUAL_THREADS, "false");
    }
    Map<String, String> environment =
        omitted == Omitted.PAYLOAD_CODEC ? Map.of() : Map.of(CodecKeys.KEYS, "bench:" + freshKey());
    WorkerSettings settings = WorkerSettings.load(SettingSources.of(flags, environment), address, null);
    WorkerMetrics metrics = new WorkerMetrics();
    WorkflowServiceStubs service = omitted == Omitted.SDK_METRICS
        ? settings.temporal().connect()
        : settings.temporal().connect(metrics.sdkScope());
    WorkerTuning tuning = WorkerRuntime.tuning(settings, metrics, settings.stickyExecution().resolve(service));
    if (omitted == Omitted.ACTIVITY_OBSERVER) {
      tuning = new WorkerTuning(tuning.taskQueue(), tuning.workflowSlots(), tuning.activitySlots(),
          tuning.virtualThreads(), tuning.shutdownGrace(), tuning.stickyExecution(), tuning.metrics(), List.of());
    }
    WorkerFactory factory = WorkerFactory.newInstance(settings.temporal().client(service), tuning.factoryOptions());
    EngineWorker.registerWorkload(factory.newWorker(taskQueue, tuning.workerOptions()));
    factory.start();
    return new MillraceWorker(service, factory, metrics, settings);
  }

  /** Where the worker's metrics go, pickup latency included. */
  MeterRegistry registry() {
    return metrics.registry();
  }

  /** Whether workflow threads are virtual (the default from JDK 21). */
  boolean virtualThreads() {
    return settings.virtualThreads();
  }

  @Override
  public DataConverter dataConverter() {
    return settings.temporal().dataConverter();
  }

  @Override
  public String taskQueue() {
    return settings.taskQueue();
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
    service.shutdown();
    metrics.close();
  }

  private static String freshKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }
}
