package dev.millrace.cli;

import dev.millrace.store.DatabaseOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code millrace history RUN}: prints the run's event history, for replay tests and debugging. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Print a run's Temporal event history as JSON (for WorkflowReplayer tests).")
public final class HistoryCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      spec.commandLine().getOut().println(connection.client().history(runId));
    }
    return ExitCodes.COMPLETED;
  }
}
