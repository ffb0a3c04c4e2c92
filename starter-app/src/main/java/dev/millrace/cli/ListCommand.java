package dev.millrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.client.RunSummary;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.DatabaseOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code millrace list}: runs from the registry, newest first. The registry lives in the database because
 * Temporal's test server has no visibility queries; it works the same on a real cluster.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, newest first.")
public final class ListCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--state", description = "Only runs in this state: ${COMPLETION-CANDIDATES}.")
  RunState state;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many runs (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON array.")
  boolean json;

  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1, was " + limit);
    }
    List<RunSummary> runs;
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      runs = connection.client().list(Optional.ofNullable(state), limit).stream()
          .map(run -> RunSummary.of(run.toProgress(), run.state() == RunState.COMPLETED ? run.artifactPath() : null))
          .toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(JSON.writeValueAsString(runs));
    } else {
      out.printf("%-40s %-10s %10s %10s %12s %9s%n", "RUN", "STATE", "DOCS IN", "DOCS OUT", "QUARANTINED", "BATCHES");
      runs.forEach(run -> out.printf("%-40s %-10s %10d %10d %12d %4d/%-4d%n", run.runId(), run.state(),
          run.documentsIn(), run.documentsOut(), run.documentsQuarantined(), run.batchesCompleted(), run.batchesTotal()));
    }
    out.flush();
    return ExitCodes.COMPLETED;
  }
}
