package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import picocli.CommandLine.Command;

/** {@code millrace pause RUN}: returns once the run's in-flight batches have drained. */
@Command(name = "pause", mixinStandardHelpOptions = true,
    description = "Pause a run: batches in flight finish, no new batch starts. Pausing a paused run is a no-op.")
public final class PauseCommand extends RunVerb {
  @Override
  int execute(MillraceClient client) {
    out().println("Run " + runId + " is " + client.pause(runId));
    return ExitCodes.COMPLETED;
  }
}
