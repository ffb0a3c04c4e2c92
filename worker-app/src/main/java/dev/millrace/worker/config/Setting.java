package dev.millrace.worker.config;

import dev.millrace.pipeline.PipelineDefaults;

/**
 * Every Millrace worker setting: its environment variable (also its key in the config file), its
 * command-line flag, its default and whether it is a secret that is never printed.
 */
public enum Setting {
  CONFIG_FILE("MILLRACE_CONFIG_FILE", "--config", null, false,
      "Properties file holding any of these settings as NAME=value (TEMPORAL_* too)."),
  PROFILE("MILLRACE_PROFILE", "--profile", "development", false,
      "development or production (production refuses embedded stores and servers)."),
  DATA_DIR("MILLRACE_DATA_DIR", "--data-dir", "millrace-data", false,
      "Directory of the embedded database."),
  DB_URL("MILLRACE_DB_URL", "--db", null, false,
      "JDBC URL, e.g. jdbc:postgresql://host:5432/millrace (default: embedded database under the data directory)."),
  DB_USER("MILLRACE_DB_USER", "--db-user", null, false, "Database user."),
  DB_PASSWORD("MILLRACE_DB_PASSWORD", "--db-password", null, true,
      "Database password (prefer the environment variable or the config file)."),
  TASK_QUEUE("MILLRACE_TASK_QUEUE", "--task-queue", PipelineDefaults.TASK_QUEUE, false, "Task queue to poll."),
  WORKFLOW_SLOTS("MILLRACE_WORKFLOW_SLOTS", "--workflow-slots", "200", false,
      "Workflow tasks executed at once (1-10000)."),
  ACTIVITY_SLOTS("MILLRACE_ACTIVITY_SLOTS", "--activity-slots",
      String.valueOf(2 * Runtime.getRuntime().availableProcessors()), false,
      "Activities (batches) executed at once (1-10000); default twice the processors."),
  VIRTUAL_THREADS("MILLRACE_VIRTUAL_THREADS", "--virtual-threads", "auto", false,
      "Virtual threads for workflow threads: auto (on from JDK 21), true or false."),
  STICKY_EXECUTION("MILLRACE_STICKY_EXECUTION", "--sticky-execution", "auto", false,
      "Keep each run cached on the worker that ran it: auto (off on Temporal's test server, i.e. millrace dev-server), true or false."),
  HTTP_HOST("MILLRACE_HTTP_HOST", "--http-host", "0.0.0.0", false,
      "Address the metrics and health server binds."),
  METRICS_PORT("MILLRACE_METRICS_PORT", "--metrics-port", "8077", false,
      "Port of /metrics, /health/live and /health/ready (0 picks a free port)."),
  SHUTDOWN_GRACE("MILLRACE_SHUTDOWN_GRACE_SECONDS", "--shutdown-grace", "30", false,
      "Seconds in-flight tasks get to finish after SIGTERM (0-3600)."),
  LOG_FORMAT("MILLRACE_LOG_FORMAT", "--log-format", "auto", false,
      "text, json, or auto (json when standard output is not a terminal).");

  private final String env;
  private final String flag;
  private final String defaultValue;
  private final boolean secret;
  private final String description;

  Setting(String env, String flag, String defaultValue, boolean secret, String description) {
    this.env = env;
    this.flag = flag;
    this.defaultValue = defaultValue;
    this.secret = secret;
    this.description = description;
  }

  public String env() {
    return env;
  }

  public String flag() {
    return flag;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public boolean secret() {
    return secret;
  }

  public String description() {
    return description;
  }
}
