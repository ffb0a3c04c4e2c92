package dev.millrace.worker.config;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.store.Database;
import dev.millrace.worker.StickyExecution;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The worker's effective, validated configuration. Every unusable value is reported at once, naming the
 * setting and what it accepts, so a deployment is fixed in one round trip.
 */
public record WorkerSettings(
    String profile,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String taskQueue,
    int workflowSlots,
    int activitySlots,
    boolean virtualThreads,
    StickyExecution stickyExecution,
    String httpHost,
    int metricsPort,
    Duration shutdownGrace,
    String logFormat,
    TemporalTarget temporal) {

  public static final Set<String> PROFILES = Set.of("development", "production");
  public static final Set<String> LOG_FORMATS = Set.of("auto", "text", "json");

  /**
   * Resolves and validates every setting.
   *
   * @param temporalAddress the {@code --address} flag, or null
   * @param temporalNamespace the {@code --namespace} flag, or null
   * @throws ConfigurationException listing every problem
   */
  public static WorkerSettings load(SettingSources sources, String temporalAddress, String temporalNamespace) {
    Validator v = new Validator(sources);
    String profile = v.choice(Setting.PROFILE, PROFILES);
    Path dataDir = v.path(Setting.DATA_DIR);
    String dbUrl = v.optional(Setting.DB_URL);
    if (dbUrl != null && !dbUrl.startsWith("jdbc:")) {
      v.problem(Setting.DB_URL, "must be a JDBC URL starting with jdbc:");
    }
    String taskQueue = v.required(Setting.TASK_QUEUE);
    int workflowSlots = v.integer(Setting.WORKFLOW_SLOTS, 1, 10_000);
    int activitySlots = v.integer(Setting.ACTIVITY_SLOTS, 1, 10_000);
    String virtual = v.choice(Setting.VIRTUAL_THREADS, Set.of("auto", "true", "false"));
    String sticky = v.choice(Setting.STICKY_EXECUTION, StickyExecution.ACCEPTED);
    String httpHost = v.required(Setting.HTTP_HOST);
    int port = v.integer(Setting.METRICS_PORT, 0, 65_535);
    int grace = v.integer(Setting.SHUTDOWN_GRACE, 0, 3_600);
    String logFormat = v.choice(Setting.LOG_FORMAT, LOG_FORMATS);
    TemporalTarget temporal = null;
    try {
      temporal = TemporalTarget.fromEnvironment(sources.connectionVariables()).with(temporalAddress, temporalNamespace);
    } catch (ConfigurationException e) {
      v.problems.add(e.getMessage());
    }
    if (!v.problems.isEmpty()) {
      throw new ConfigurationException("Invalid configuration:\n  - " + String.join("\n  - ", v.problems));
    }
    boolean virtualThreads = "auto".equals(virtual) ? Runtime.version().feature() >= 21 : Boolean.parseBoolean(virtual);
    if (virtualThreads && Runtime.version().feature() < 21) {
      throw new ConfigurationException(Setting.VIRTUAL_THREADS.env() + "=true needs JDK 21 or later; this is JDK "
          + Runtime.version().feature() + " (accepted: auto, false)");
    }
    return new WorkerSettings(profile, dataDir, dbUrl, v.optional(Setting.DB_USER), v.optional(Setting.DB_PASSWORD),
        taskQueue, workflowSlots, activitySlots, virtualThreads, StickyExecution.parse(sticky), httpHost, port, Duration.ofSeconds(grace), logFormat,
        temporal);
  }

  /** The JDBC URL in use: the configured one, or the embedded database under the data directory. */
  public String effectiveDbUrl() {
    return dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir.toAbsolutePath().normalize());
  }

  public Database openDatabase() {
    return Database.open(effectiveDbUrl(), dbUser, dbPassword);
  }

  /** Collects problems instead of stopping at the first. */
  private static final class Validator {
    private final SettingSources sources;
    private final List<String> problems = new ArrayList<>();

    Validator(SettingSources sources) {
      this.sources = sources;
    }

    void problem(Setting setting, String expected) {
      String shown = setting.secret() ? "****" : sources.resolve(setting).value();
      problems.add(setting.env() + " (" + setting.flag() + ")=" + shown + ": " + expected);
    }

    String optional(Setting setting) {
      String value = sources.resolve(setting).value();
      return value == null || value.isBlank() ? null : value.strip();
    }

    String required(Setting setting) {
      String value = optional(setting);
      if (value == null) {
        problem(setting, "must not be empty");
      }
      return value;
    }

    Path path(Setting setting) {
      String value = required(setting);
      return value == null ? null : Path.of(value);
    }

    String choice(Setting setting, Set<String> accepted) {
      String value = optional(setting);
      String normalized = value == null ? null : value.toLowerCase(Locale.ROOT);
      if (!accepted.contains(normalized)) {
        problem(setting, "accepted values are " + String.join(", ", accepted.stream().sorted().toList()));
      }
      return normalized;
    }

    int integer(Setting setting, int min, int max) {
      String value = optional(setting);
      try {
        int parsed = Integer.parseInt(value == null ? "" : value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below with the accepted range
      }
      problem(setting, "must be an integer from " + min + " to " + max);
      return min;
    }
  }
}
