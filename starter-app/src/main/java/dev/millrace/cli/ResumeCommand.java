package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import picocli.CommandLine.Command;

/** {@code millrace resume RUN}: a paused run schedules batches again. */
@Command(name = "resume", mixinStandardHelpOptions = true,
    description = "Resume a paused run where it stopped. Resuming a running run is a no-op.")
public final class ResumeCommand extends RunVerb {
  @Override
  int execute(MillraceClient client) {
    out().println("Run " + runId + " is " + client.resume(runId));
    return ExitCodes.COMPLETED;
  }
}
