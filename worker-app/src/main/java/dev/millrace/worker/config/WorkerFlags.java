package dev.millrace.worker.config;

import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The worker's command-line flags; each overrides the setting of the same name from any other source. */
public final class WorkerFlags {
  @Option(names = "--config", paramLabel = "FILE", description = "Properties file of settings (MILLRACE_CONFIG_FILE).")
  String configFile;

  @Option(names = "--profile", description = "development or production (MILLRACE_PROFILE).")
  String profile;

  @Option(names = "--data-dir", description = "Directory of the embedded database (MILLRACE_DATA_DIR).")
  String dataDir;

  @Option(names = "--db", description = "JDBC URL (MILLRACE_DB_URL).")
  String dbUrl;

  @Option(names = "--db-user", description = "Database user (MILLRACE_DB_USER).")
  String dbUser;

  @Option(names = "--db-password", description = "Database password; prefer MILLRACE_DB_PASSWORD.")
  String dbPassword;

  @Option(names = "--task-queue", description = "Task queue to poll (MILLRACE_TASK_QUEUE).")
  String taskQueue;

  @Option(names = "--workflow-slots", description = "Workflow tasks at once (MILLRACE_WORKFLOW_SLOTS).")
  String workflowSlots;

  @Option(names = "--activity-slots", description = "Activities at once (MILLRACE_ACTIVITY_SLOTS).")
  String activitySlots;

  @Option(names = "--virtual-threads", description = "auto, true or false (MILLRACE_VIRTUAL_THREADS).")
  String virtualThreads;

  @Option(names = "--sticky-execution", description = "auto, true or false (MILLRACE_STICKY_EXECUTION).")
  String stickyExecution;

  @Option(names = "--http-host", description = "Bind address of the metrics and health server (MILLRACE_HTTP_HOST).")
  String httpHost;

  @Option(names = "--metrics-port", description = "Port of /metrics and /health/* (MILLRACE_METRICS_PORT).")
  String metricsPort;

  @Option(names = "--shutdown-grace", description = "Seconds to finish in-flight tasks on SIGTERM"
      + " (MILLRACE_SHUTDOWN_GRACE_SECONDS).")
  String shutdownGrace;

  @Option(names = "--log-format", description = "text, json or auto (MILLRACE_LOG_FORMAT).")
  String logFormat;

  @Option(names = "--address", description = "Temporal frontend host:port (TEMPORAL_ADDRESS).")
  String address;

  @Option(names = "--namespace", description = "Temporal namespace (TEMPORAL_NAMESPACE).")
  String namespace;

  /** Loads and validates the settings from these flags, the given environment and the config file. */
  public WorkerSettings load(Map<String, String> env) {
    return WorkerSettings.load(sources(env), address, namespace);
  }

  public SettingSources sources(Map<String, String> env) {
    Map<Setting, String> flags = new EnumMap<>(Setting.class);
    flags.put(Setting.CONFIG_FILE, configFile);
    flags.put(Setting.PROFILE, profile);
    flags.put(Setting.DATA_DIR, dataDir);
    flags.put(Setting.DB_URL, dbUrl);
    flags.put(Setting.DB_USER, dbUser);
    flags.put(Setting.DB_PASSWORD, dbPassword);
    flags.put(Setting.TASK_QUEUE, taskQueue);
    flags.put(Setting.WORKFLOW_SLOTS, workflowSlots);
    flags.put(Setting.ACTIVITY_SLOTS, activitySlots);
    flags.put(Setting.VIRTUAL_THREADS, virtualThreads);
    flags.put(Setting.STICKY_EXECUTION, stickyExecution);
    flags.put(Setting.HTTP_HOST, httpHost);
    flags.put(Setting.METRICS_PORT, metricsPort);
    flags.put(Setting.SHUTDOWN_GRACE, shutdownGrace);
    flags.put(Setting.LOG_FORMAT, logFormat);
    return SettingSources.of(flags, env);
  }
}
