package dev.millrace.worker;

import dev.millrace.connection.ConfigurationException;
import dev.millrace.worker.config.EffectiveConfig;
import dev.millrace.worker.config.SettingSources;
import dev.millrace.worker.config.WorkerFlags;
import dev.millrace.worker.config.WorkerSettings;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code millrace config}: the worker's effective configuration and where each value came from, secrets masked. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Print the worker's effective configuration (flags > environment > config file > defaults).")
public final class ConfigCommand implements Callable<Integer> {
  @Mixin WorkerFlags flags;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, String> env = System.getenv();
    try {
      SettingSources sources = flags.sources(env);
      WorkerSettings settings = flags.load(env);
      EffectiveConfig.print(settings, sources, spec.commandLine().getOut());
      return 0;
    } catch (ConfigurationException e) {
      spec.commandLine().getErr().println("millrace config: " + e.getMessage());
      return WorkerCommand.CONFIGURATION_ERROR;
    }
  }
}
