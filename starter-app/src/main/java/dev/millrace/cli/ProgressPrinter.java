package dev.millrace.cli;

import dev.millrace.pipeline.PipelineProgress;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Shows a run's progress: a redrawn bar on a terminal, otherwise a plain line whenever the count of
 * completed batches changes, so logs stay readable.
 */
public final class ProgressPrinter {
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean interactive;
  private int lastBatches = -1;
  private String lastState = "";

  public ProgressPrinter(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  /** A printer that shows nothing, for output meant for scripts. */
  public static ProgressPrinter silent() {
    return new ProgressPrinter(new PrintStream(OutputStream.nullOutputStream()), false);
  }

  public void update(PipelineProgress progress, long nowMillis) {
    String state = progress.state().name();
    if (!interactive && progress.batchesCompleted() == lastBatches && state.equals(lastState)) {
      return;
    }
    lastBatches = progress.batchesCompleted();
    lastState = state;
    String line = describe(progress, nowMillis);
    if (interactive) {
      out.print("\r" + bar(progress) + " " + line + "\u001B[K");
    } else {
      out.println(line);
    }
    out.flush();
  }

  /** Ends the bar's line so that what follows starts on a fresh one. */
  public void finish() {
    if (interactive && lastBatches >= 0) {
      out.println();
    }
  }

  static String describe(PipelineProgress progress, long nowMillis) {
    long elapsed = Math.max(1, nowMillis - progress.startedAtMillis());
    long documents = progress.counts().documentsIn();
    double rate = documents * 1000.0 / elapsed;
    StringBuilder line = new StringBuilder()
        .append(progress.state()).append(' ')
        .append(progress.batchesCompleted()).append('/').append(progress.batchesTotal()).append(" batches, ")
        .append(documents).append(" docs (").append(progress.counts().documentsQuarantined())
        .append(" quarantined), ").append(String.format("%.0f docs/s", rate));
    if (progress.batchesCompleted() > 0 && progress.batchesCompleted() < progress.batchesTotal()) {
      long remaining = elapsed * (progress.batchesTotal() - progress.batchesCompleted()) / progress.batchesCompleted();
      line.append(", ETA ").append(Duration.ofMillis(remaining).toSeconds()).append('s');
    }
    return line.toString();
  }

  private static String bar(PipelineProgress progress) {
    int filled = progress.batchesTotal() == 0 ? 0 : BAR_WIDTH * progress.batchesCompleted() / progress.batchesTotal();
    return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
  }
}
