package dev.millrace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code millrace start}: starts a run on the workers of TEMPORAL_ADDRESS and prints its id. */
@Command(name = "start", mixinStandardHelpOptions = true,
    description = "Start a pipeline run on running workers and print its run id.")
public final class StartCommand implements Callable<Integer> {
  @Mixin RunOptions run;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ClientConnection connection = ClientConnection.fromEnvironment()) {
      spec.commandLine().getOut().println(connection.client().start(run.toRequest()));
    }
    return ExitCodes.COMPLETED;
  }
}
