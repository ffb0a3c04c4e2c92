package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import picocli.CommandLine.Command;

/** {@code millrace cancel RUN}: requests cancellation; {@code await} then exits 5 once the run has stopped. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
    description = "Cancel a run: batches in flight finish or roll back, then the run ends CANCELLED.")
public final class CancelCommand extends RunVerb {
  @Override
  int execute(MillraceClient client) {
    client.cancel(runId);
    out().println("Cancellation of run " + runId + " requested");
    return ExitCodes.COMPLETED;
  }
}
