package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code millrace status RUN}: the run's progress now, from the workflow's query. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show a run's progress.")
public final class StatusCommand extends RunVerb {
  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  int execute(MillraceClient client) {
    SummaryPrinter.print(RunSummary.of(client.progress(runId), null), json, out());
    return ExitCodes.COMPLETED;
  }
}
