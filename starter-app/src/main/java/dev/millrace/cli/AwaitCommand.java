package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code millrace await RUN} (alias {@code result}): blocks until the run ends; the exit code is its final state. */
@Command(name = "await", aliases = "result", mixinStandardHelpOptions = true,
    description = "Wait for a run to end and print its summary; exit 0 completed, 1 failed, 5 cancelled.")
public final class AwaitCommand extends RunVerb {
  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  int execute(MillraceClient client) throws InterruptedException {
    client.progress(runId);
    RunSummary summary = new RunWatcher(client).await(runId, ProgressPrinter.silent());
    SummaryPrinter.print(summary, json, out());
    return ExitCodes.of(summary.state());
  }
}
