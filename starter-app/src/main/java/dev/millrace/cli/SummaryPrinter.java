package dev.millrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.client.RunSummary;
import dev.millrace.pipeline.SinkOutcome;
import java.io.PrintWriter;

/** Prints a run summary for people, or as one JSON object for scripts. */
public final class SummaryPrinter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryPrinter() {}

  public static void print(RunSummary summary, boolean json, PrintWriter out) {
    if (json) {
      try {
        out.println(JSON.writeValueAsString(summary));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("A run summary always serialises", e);
      }
    } else {
      out.printf("Run:          %s%n", summary.runId());
      out.printf("State:        %s%n", summary.state());
      out.printf("Documents:    %d in, %d out, %d quarantined%n",
          summary.documentsIn(), summary.documentsOut(), summary.documentsQuarantined());
      out.printf("Batches:      %d/%d%n", summary.batchesCompleted(), summary.batchesTotal());
      out.printf("Elapsed:      %.1f s (%.0f docs/s)%n", summary.elapsedMillis() / 1000.0, summary.documentsPerSecond());
      if (summary.artifact() != null) {
        out.printf("Artifact:     %s%n", summary.artifact());
      }
      for (SinkOutcome sink : summary.sinks()) {
        out.printf("Sink:         %s%n", sink.describe());
      }
    }
    out.flush();
  }
}
