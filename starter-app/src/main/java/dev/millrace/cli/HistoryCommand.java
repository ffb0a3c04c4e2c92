package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import picocli.CommandLine.Command;

/** {@code millrace history RUN}: prints the run's event history, for replay tests and debugging. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Print a run's Temporal event history as JSON (for WorkflowReplayer tests).")
public final class HistoryCommand extends RunVerb {
  @Override
  int execute(MillraceClient client) {
    out().println(client.history(runId));
    return ExitCodes.COMPLETED;
  }
}
