package dev.millrace.worker;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.events.EventPublisher;
import dev.millrace.worker.config.EffectiveConfig;
import dev.millrace.worker.config.Setting;
import dev.millrace.worker.config.WorkerFlags;
import dev.millrace.worker.config.WorkerSettings;
import dev.millrace.worker.runtime.LogFormat;
import dev.millrace.worker.runtime.ShutdownSignal;
import dev.millrace.worker.runtime.WorkerRuntime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code millrace worker}: a long-running worker process. It validates its settings first (exit 78 with
 * every problem), serves metrics and health, and on SIGTERM drains in-flight work and exits 0.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
    description = "Run a worker that executes pipeline runs from TEMPORAL_ADDRESS (default 127.0.0.1:7233).")
public final class WorkerCommand implements Callable<Integer> {
  /** Exit code of an unusable configuration (sysexits' EX_CONFIG), as the client verbs use. */
  public static final int CONFIGURATION_ERROR = 78;

  @Mixin WorkerFlags flags;
  @Mixin EventOptions eventOptions;
  @Mixin ProductionChecks productionChecks;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> env = System.getenv();
    WorkerSettings settings;
    try {
      settings = flags.load(env);
    } catch (ConfigurationException e) {
      spec.commandLine().getErr().println("millrace worker: " + e.getMessage());
      return CONFIGURATION_ERROR;
    }
    productionChecks.enforce(production(env, settings), settings.effectiveDbUrl(), settings.dataDir(),
        !TemporalTarget.isConfigured(env));
    LogFormat.apply(settings.logFormat());
    Logger log = LoggerFactory.getLogger(WorkerCommand.class);
    ShutdownSignal shutdown = ShutdownSignal.install();
    WorkerRuntime started;
    EventPublisher events = eventOptions.publisher();
    try {
      started = WorkerRuntime.start(settings, events);
    } catch (ConfigurationException e) {
      log.error("{}", e.getMessage());
      events.close();
      return CONFIGURATION_ERROR;
    }
    try (EventPublisher publishing = events; WorkerRuntime runtime = started) {
      TemporalTarget temporal = settings.temporal();
      log.info("Worker polling {} on {} (namespace {}, TLS {}, database {})", settings.taskQueue(),
          temporal.address(), temporal.namespace(), temporal.usesTls() ? "on" : "off",
          EffectiveConfig.shown(Setting.DB_URL, settings.effectiveDbUrl()));
      log.info("Metrics and health on port {}", runtime.httpPort());
      shutdown.await();
      log.info("Stopping: no new tasks; in-flight tasks get {} s to finish", settings.shutdownGrace().toSeconds());
    }
    log.info("Stopped");
    return 0;
  }

  /** The worker's own profile setting (flag, env or config file) also switches production mode on. */
  private static Map<String, String> production(Map<String, String> env, WorkerSettings settings) {
    Map<String, String> withProfile = new HashMap<>(env);
    withProfile.put(ProductionChecks.PROFILE_VARIABLE, settings.profile());
    return withProfile;
  }
}
