package dev.millrace.cli;

import dev.millrace.client.RunSummary;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.store.DatabaseOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code millrace status RUN}: the run's progress now, from the workflow's query. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a run's progress.")
public final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      PipelineProgress progress = connection.client().progress(runId);
      SummaryPrinter.print(RunSummary.of(progress, null), json, spec.commandLine().getOut());
    }
    return ExitCodes.COMPLETED;
  }
}
