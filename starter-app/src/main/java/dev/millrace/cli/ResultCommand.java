package dev.millrace.cli;

import dev.millrace.client.RunSummary;
import dev.millrace.store.DatabaseOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code millrace result RUN}: waits for the run to end and prints its summary; the exit code is its state. */
@Command(name = "result", mixinStandardHelpOptions = true,
    description = "Wait for a run to end and print its summary.")
public final class ResultCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      connection.client().progress(runId);
      ProgressPrinter printer = json ? ProgressPrinter.silent() : new ProgressPrinter(System.err, false);
      RunSummary summary = new RunWatcher(connection.client()).await(runId, printer);
      SummaryPrinter.print(summary, json, spec.commandLine().getOut());
      return ExitCodes.of(summary.state());
    }
  }
}
