package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.JarProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a finished {@code millrace run --json} left behind, read back the way a user would: its summary, the
 * artifact's ids and the {@code quarantine --json} records, so the scenarios can account for every input
 * record.
 */
final class RunOutputs {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RunOutputs() {}

  /** The run's JSON summary, after checking the process exited as documented for a completed run. */
  static JsonNode completedSummary(JarProcesses.Result result) throws IOException {
    assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isZero();
    JsonNode summary = JSON.readTree(result.out());
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("documentsIn").asLong())
        .as("documents in = out + quarantined")
        .isEqualTo(summary.get("documentsOut").asLong() + summary.get("documentsQuarantined").asLong());
    return summary;
  }

  /** The ids of the artifact's records, in artifact order, read line by line whatever the artifact's size. */
  static List<String> artifactIds(JsonNode summary) throws IOException {
    List<String> ids = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(Path.of(summary.get("artifact").asText()), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        ids.add(JSON.readTree(line).get("id").asText());
      }
    }
    return ids;
  }

  /** Line number to quarantine reason, from the {@code quarantine --json} verb. */
  static Map<Long, String> quarantine(JarProcesses processes, String runId, Path dataDir)
      throws IOException, InterruptedException {
    JarProcesses.Result result = processes.cli("quarantine", runId, "--data-dir", dataDir.toString(), "--json");
    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode answer = JSON.readTree(result.out());
    Map<Long, String> reasons = new LinkedHashMap<>();
    for (JsonNode record : answer.get("records")) {
      reasons.put(record.get("line").asLong(), record.get("reason").asText());
    }
    assertThat(answer.get("count").asLong()).isEqualTo(reasons.size());
    return reasons;
  }
}
