package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.RunSummary;
import dev.millrace.pipeline.PipelineResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Follows a run to its end, refreshing the progress display while it waits for the result. */
public final class RunWatcher {
  private static final long REFRESH_MILLIS = 250;

  private final MillraceClient client;

  public RunWatcher(MillraceClient client) {
    this.client = client;
  }

  public RunSummary await(String runId, ProgressPrinter printer) throws InterruptedException {
    CompletableFuture<PipelineResult> result = client.result(runId);
    try {
      while (true) {
        try {
          PipelineResult finished = result.get(REFRESH_MILLIS, TimeUnit.MILLISECONDS);
          printer.update(finished.progress(), System.currentTimeMillis());
          return RunSummary.of(finished.progress(), finished.artifact());
        } catch (TimeoutException stillRunning) {
          printer.update(client.progress(runId), System.currentTimeMillis());
        } catch (ExecutionException failed) {
          return RunSummary.of(client.progress(runId), null);
        }
      }
    } finally {
      printer.finish();
    }
  }
}
