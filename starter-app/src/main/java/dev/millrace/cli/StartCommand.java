package dev.millrace.cli;

import dev.millrace.store.DatabaseOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code millrace start}: registers a run in the database, starts it on the workers of TEMPORAL_ADDRESS and
 * prints its id; with {@code --resume RUN}, starts a registered run again from its checkpoints.
 */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = "Start a pipeline run (or --resume one) on running workers and print its run id.")
public final class StartCommand implements Callable<Integer> {
  @Mixin RunOptions run;
  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      String runId = run.launch(connection.client(), database.dataDir(), spec.commandLine().getErr()).runId();
      spec.commandLine().getOut().println(runId);
    }
    return ExitCodes.COMPLETED;
  }
}
