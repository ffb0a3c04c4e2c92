package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.JarProcesses.Result;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to one of two worker processes while it is inside a batch: it takes no new task, finishes the
 * batch and exits 0, and the run completes on the other worker with every document counted exactly once.
 * The window is wider than the two workers' one slot each, so a batch is usually waiting in the queue
 * when the stopped worker's slot frees; {@code GracefulDrainTest} pins the pollers' end down exactly.
 */
class GracefulShutdownIT {
  private static final String CODEC_KEY = "c2h1dGRvd24tdGVzdC1rZXktMzItYnl0ZXMtbG9uZyE=";
  private static final Pattern HTTP_PORT = Pattern.compile("Metrics and health on port (\\d+)");
  private static final Pattern ACTIVITY_FINISHED = Pattern.compile("Activity \\w+ finished in (\\d+) ms");
  private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":(\\d+),");
  /**
   * The SDK stops its pollers once the server has acknowledged the worker's shutdown request: a round trip
   * after the drain is logged, plus the rounding of log times and durations to whole milliseconds.
   */
  private static final long STOP_REQUEST_MS = 200;
  private static final String BATCH_IN_FLIGHT = "millrace_activities_in_flight{activity=\"ProcessBatch\"} 1.0";
  private static final int DOCUMENTS = 24_000;
  private static final int BATCH_SIZE = 2_000;

  @TempDir Path dir;

  @Test
  void aWorkerStoppedMidBatchTakesNoNewTaskFinishesItAndTheRunStillCompletesExactlyOnce() throws Exception {
    List<String> expectedIds = writeCorpus(dir.resolve("corpus.jsonl"));
    Path data = dir.resolve("data");
    try (JarProcesses processes = new JarProcesses(dir)) {
      processes.withEnv("MILLRACE_CODEC_KEYS", "k1:" + CODEC_KEY).withEnv("MILLRACE_ACTIVITY_SLOTS", "1")
          .withEnv("MILLRACE_LOG_FORMAT", "json").startDevServer();
      Path stoppedLog = dir.resolve("worker-stopped.log");
      Path survivorLog = dir.resolve("worker-survivor.log");
      Process stopped = processes.launch(stoppedLog, "worker", "--data-dir", data.toString());
      processes.launch(survivorLog, "worker", "--data-dir", data.toString());
      int stoppedPort = httpPort(stoppedLog);
      awaitPolling(survivorLog);

      Path startLog = dir.resolve("start.log");
      Process start = processes.launch(startLog, "start", "--input", dir.resolve("corpus.jsonl").toString(),
          "--run-id", "sigterm-1", "--batch-size", String.valueOf(BATCH_SIZE), "--window", "3",
          "--steps", "html,whitespace", "--data-dir", data.toString());

      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
          .until(() -> scrape(stoppedPort).contains(BATCH_IN_FLIGHT));
      stopped.destroy();

      assertThat(stopped.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(stopped.exitValue()).isZero();
      List<String> stoppedLines = Files.readAllLines(stoppedLog);
      int stopping = indexOf(stoppedLines, "Stopping: no new tasks");
      assertThat(stopping).as("the worker logged its drain").isNotNegative();
      List<String> drained = stoppedLines.subList(stopping, stoppedLines.size());
      assertThat(drained).as("the batch in flight at SIGTERM finished during the grace period")
          .anyMatch(line -> line.contains("Activity ProcessBatch finished"));
      long stoppingAt = timestamp(stoppedLines.get(stopping));
      assertThat(drained.stream().filter(ACTIVITY_FINISHED.asPredicate()).map(GracefulShutdownIT::startedAt))
          .as("when the activities finished during the drain had started")
          .allSatisfy(startedAt -> assertThat(startedAt).isLessThanOrEqualTo(stoppingAt + STOP_REQUEST_MS));
      assertThat(stoppedLines.get(stoppedLines.size() - 1)).contains("Stopped");

      assertThat(start.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(start.exitValue()).as(Files.readString(startLog)).isZero();

      Result result = processes.cli(Duration.ofSeconds(120), "result", "sigterm-1", "--json");
      assertThat(result.exit()).as(result.err()).isZero();
      JsonNode summary = new ObjectMapper().readTree(result.out());
      assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
      assertThat(summary.get("documentsIn").asLong()).isEqualTo(DOCUMENTS)
          .isEqualTo(summary.get("documentsOut").asLong() + summary.get("documentsQuarantined").asLong());
      assertThat(summary.get("documentsOut").asLong()).isEqualTo(expectedIds.size());
      assertThat(summary.get("batchesCompleted").asInt()).isEqualTo(DOCUMENTS / BATCH_SIZE);
      assertThat(artifactIds(Path.of(summary.get("artifact").asText())))
          .as("every good document exactly once, in input order").containsExactlyElementsOf(expectedIds);
      List<String> workerLines = new ArrayList<>(stoppedLines);
      workerLines.addAll(Files.readAllLines(survivorLog));
      JsonNode batchLine = new ObjectMapper().readTree(workerLines.stream()
          .filter(line -> line.contains("Activity ProcessBatch finished")).findFirst().orElseThrow());
      assertThat(batchLine.at("/mdc/runId").asText()).as("JSON log lines carry the run in the MDC").isEqualTo("sigterm-1");
      assertThat(batchLine.at("/mdc/batch").asText()).matches("\\d+");
      assertThat(workerLines).noneMatch(line -> line.contains(CODEC_KEY));
    }
  }

  /** Documents big enough that a batch takes a noticeable time; every 97th line lacks its id. */
  private static List<String> writeCorpus(Path file) throws IOException {
    String paragraph = "<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit &amp; more text.</p>".repeat(10);
    List<String> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      if (i % 97 == 96) {
        lines.add("{\"text\":\"no id " + i + "\"}");
      } else {
        lines.add("{\"id\":\"d" + i + "\",\"html\":\"<div>" + i + " " + paragraph + "</div>\"}");
        ids.add("d" + i);
      }
    }
    Files.write(file, lines);
    return ids;
  }

  private static List<String> artifactIds(Path artifact) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String line : Files.readAllLines(artifact)) {
      String id = json.readTree(line).get("id").asText();
      assertThat(seen.add(id)).as("document %s written twice", id).isTrue();
      ids.add(id);
    }
    return ids;
  }

  private static int httpPort(Path log) {
    return await().atMost(Duration.ofSeconds(60)).until(() -> {
      Matcher matcher = HTTP_PORT.matcher(Files.readString(log));
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }, port -> port > 0);
  }

  private static void awaitPolling(Path log) {
    httpPort(log);
  }

  /** When the activity that a line reports as finished started: the line's time less the duration. */
  private static long startedAt(String finishedLine) {
    Matcher finished = ACTIVITY_FINISHED.matcher(finishedLine);
    assertThat(finished.find()).isTrue();
    return timestamp(finishedLine) - Long.parseLong(finished.group(1));
  }

  private static long timestamp(String jsonLine) {
    Matcher timestamp = TIMESTAMP.matcher(jsonLine);
    assertThat(timestamp.find()).as("a JSON log line with its time: %s", jsonLine).isTrue();
    return Long.parseLong(timestamp.group(1));
  }

  private static String scrape(int port) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(5)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
