package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import picocli.CommandLine.Command;

/** {@code millrace watch RUN}: a live progress bar with rate and ETA until the run ends. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Follow a run with a progress bar (plain lines when not a terminal) until it ends.")
public final class WatchCommand extends RunVerb {
  @Override
  int execute(MillraceClient client) throws InterruptedException {
    client.progress(runId);
    RunSummary summary = new RunWatcher(client).await(runId, new ProgressPrinter(System.out, Terminal.isInteractive()));
    SummaryPrinter.print(summary, false, out());
    return ExitCodes.of(summary.state());
  }
}
