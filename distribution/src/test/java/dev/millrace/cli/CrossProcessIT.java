package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.JarProcesses.Result;
import dev.millrace.pipeline.DocumentPipelineWorkflowImpl;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar across real processes: a dev server, two workers sharing one task queue, and the
 * CLI verbs as separate JVMs, exactly as a user runs them.
 */
class CrossProcessIT {
  private static JarProcesses processes;

  @TempDir static Path dir;

  @BeforeAll
  static void startServerAndWorkers() throws IOException {
    processes = new JarProcesses(dir);
    processes.startDevServer();
    for (int i = 0; i < 2; i++) {
      processes.launch(dir.resolve("worker-" + i + ".log"), "worker", "--data-dir", dir.resolve("data").toString());
    }
  }

  @AfterAll
  static void stopAll() throws InterruptedException {
    processes.close();
  }

  @Test
  void startStatusResultAndHistoryWorkAcrossProcesses() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), 600, 40);

    Result start = cli("start", "--input", corpus.file().toString(), "--run-id", "xp-1", "--batch-size", "50",
        "--data-dir", dir.resolve("data").toString());
    assertThat(start.exit()).isZero();
    assertThat(start.out().strip()).isEqualTo("xp-1");

    Result status = cli("status", "xp-1", "--json");
    assertThat(status.exit()).isZero();
    assertThat(json(status).get("runId").asText()).isEqualTo("xp-1");

    Result result = cli("result", "xp-1", "--json");
    assertThat(result.exit()).isZero();
    JsonNode summary = json(result);
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("documentsIn").asLong())
        .isEqualTo(summary.get("documentsOut").asLong() + summary.get("documentsQuarantined").asLong())
        .isEqualTo(600);
    assertThat(summary.get("batchesCompleted").asInt()).isEqualTo(12);
    assertThat(Corpus.idAndText(Files.readAllLines(Path.of(summary.get("artifact").asText()))))
        .containsExactlyElementsOf(corpus.expectedArtifactLines());

    Result history = cli("history", "xp-1");
    assertThat(history.exit()).isZero();
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history.out(), DocumentPipelineWorkflowImpl.class))
        .doesNotThrowAnyException();
  }

  @Test
  void aSecondStartOfTheSameRunIsAConflictAndAnUnknownRunIsNotFound() throws Exception {
    Path corpus = Corpus.write(dir.resolve("small.jsonl"), 10, 100).file();
    assertThat(cli("start", "--input", corpus.toString(), "--run-id", "xp-dup").exit()).isZero();

    Result again = cli("start", "--input", corpus.toString(), "--run-id", "xp-dup");
    assertThat(again.exit()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(again.err()).contains("xp-dup");

    Result unknown = cli("status", "no-such-run");
    assertThat(unknown.exit()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(unknown.err()).contains("no-such-run");
  }

  @Test
  void aRunCanBePausedResumedAndCancelledFromTheCommandLine() throws Exception {
    Path corpus = Corpus.write(dir.resolve("slow.jsonl"), 5000, 1000).file();
    assertThat(cli("start", "--input", corpus.toString(), "--run-id", "xp-ctl", "--batch-size", "1", "--window", "1",
        "--data-dir", dir.resolve("data").toString()).exit()).isZero();

    Result pause = cli("pause", "xp-ctl");
    assertThat(pause.exit()).isZero();
    assertThat(pause.out()).contains("PAUSED");
    JsonNode paused = json(cli("status", "xp-ctl", "--json"));
    assertThat(paused.get("state").asText()).isEqualTo("PAUSED");
    assertThat(paused.get("batchesCompleted").asInt()).isLessThan(5000);
    assertThat(cli("pause", "xp-ctl").exit()).as("pausing twice is a no-op").isZero();

    Result resume = cli("resume", "xp-ctl");
    assertThat(resume.exit()).isZero();
    assertThat(resume.out()).doesNotContain("PAUSED");
    assertThat(cli("resume", "xp-ctl").exit()).as("resuming a running run is a no-op").isZero();

    assertThat(cli("cancel", "xp-ctl").exit()).isZero();
    Result await = cli("await", "xp-ctl", "--json");
    assertThat(await.exit()).isEqualTo(ExitCodes.CANCELLED);
    JsonNode cancelled = json(await);
    assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.get("documentsIn").asLong())
        .isEqualTo(cancelled.get("documentsOut").asLong() + cancelled.get("documentsQuarantined").asLong())
        .isLessThan(5000);
    assertThat(cancelled.get("artifact").isNull()).isTrue();
    assertThat(dir.resolve("data").resolve("artifacts").resolve("xp-ctl.jsonl")).doesNotExist();

    Result cancelAgain = cli("cancel", "xp-ctl");
    assertThat(cancelAgain.exit()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(cancelAgain.err()).contains("CANCELLED");
    assertThat(cli("pause", "xp-ctl").exit()).isEqualTo(ExitCodes.CONFLICT);
    assertThat(cli("pause", "no-such-run").exit()).isEqualTo(ExitCodes.NOT_FOUND);
  }

  private static Result cli(String... args) throws IOException, InterruptedException {
    return processes.cli(args);
  }

  private static JsonNode json(Result result) throws IOException {
    return new ObjectMapper().readTree(result.out());
  }
}
