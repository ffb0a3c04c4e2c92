package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code millrace run} end to end in this JVM: embedded Temporal, embedded database, real activities. */
class RunCommandTest {
  @TempDir Path dir;

  @Test
  void runsACorpusToCompletionAndWritesEveryGoodDocumentInInputOrder() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), 1_000, 50);
    StringWriter out = new StringWriter();

    int exit = execute(out, "run", "--input", corpus.file().toString(), "--data-dir", dir.resolve("data").toString(),
        "--run-id", "e2e", "--batch-size", "64", "--json");

    assertThat(exit).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("runId").asText()).isEqualTo("e2e");
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("documentsIn").asLong()).isEqualTo(1_000);
    assertThat(summary.get("documentsQuarantined").asLong()).isEqualTo(corpus.badLines());
    assertThat(summary.get("documentsOut").asLong()).isEqualTo(1_000 - corpus.badLines());
    assertThat(summary.get("batchesTotal").asInt()).isEqualTo(16);
    assertThat(summary.get("batchesCompleted").asInt()).isEqualTo(16);
    Path artifact = Path.of(summary.get("artifact").asText());
    assertThat(artifact).isEqualTo(dir.resolve("data").resolve("artifacts").resolve("e2e.jsonl"));
    assertThat(Corpus.idAndText(Files.readAllLines(artifact))).containsExactlyElementsOf(corpus.expectedArtifactLines());
  }

  @Test
  void quarantineListsEveryBadLineWithItsReasonAndRefusesAnUnknownRun() throws Exception {
    Path input = dir.resolve("mixed.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\",\"text\":\"fine\"}",
        "{\"id\":\"a\",\"text\":\"same id, later batch\"}",
        "{broken",
        "{\"id\":\"e\",\"email\":\"Subject: hi\\r\\n\\r\\nHello there\"}",
        "{\"id\":\"deep\",\"html\":\"" + "<b>".repeat(300) + "\"}") + "\n");
    String data = dir.resolve("data").toString();
    assertThat(execute(new StringWriter(), "run", "--input", input.toString(), "--data-dir", data, "--run-id", "q",
        "--batch-size", "1", "--window", "1")).isZero();
    StringWriter out = new StringWriter();

    int exit = execute(out, "quarantine", "q", "--data-dir", data, "--json");

    assertThat(exit).isZero();
    JsonNode listed = new ObjectMapper().readTree(out.toString());
    assertThat(listed.get("count").asInt()).isEqualTo(3);
    assertThat(listed.get("records").findValuesAsText("line")).containsExactly("2", "3", "5");
    assertThat(listed.get("records").findValuesAsText("reason")).satisfiesExactly(
        r -> assertThat(r).startsWith("duplicate id \"a\""),
        r -> assertThat(r).startsWith("invalid JSON"),
        r -> assertThat(r).startsWith("pathological HTML"));
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("quarantine", "nope", "--data-dir", data)).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(err.toString()).contains("No run with id nope");
  }

  @Test
  void publishesEveryLifecycleStepAndIgnoresAFailSilentWebhookThatIsDown() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), 300, 50);
    Path events = dir.resolve("events.jsonl");
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }

    int exit = execute(new StringWriter(), "run", "--input", corpus.file().toString(), "--data-dir", dir.toString(),
        "--run-id", "evented", "--batch-size", "100", "--events-log", events.toString(),
        "--events-webhook", "http://127.0.0.1:" + deadPort + "/hook", "--events-delivery", "FAIL_SILENT");

    assertThat(exit).isZero();
    List<String> types = new ArrayList<>();
    for (String line : Files.readAllLines(events)) {
      types.add(new ObjectMapper().readTree(line).get("type").asText().replace("dev.millrace.pipeline.", ""));
    }
    assertThat(types).containsExactlyInAnyOrder(
        "run.started", "batch.completed", "batch.completed", "batch.completed", "run.completed");
    assertThat(types.get(0)).isEqualTo("run.started");
    assertThat(types.get(types.size() - 1)).isEqualTo("run.completed");
  }

  @Test
  void aRunIdThatIsNotSafeForFilesAndUrisIsAUsageError() throws Exception {
    Path input = Files.writeString(dir.resolve("one.jsonl"), "{\"id\":1,\"text\":\"x\"}\n");
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("run", "--input", input.toString(), "--run-id", "../escape")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--run-id");
  }

  @Test
  void listShowsFinishedRunsNewestFirstFromTheRegistryAlone() throws Exception {
    Path empty = Files.createFile(dir.resolve("nothing.jsonl"));
    for (String id : List.of("listed-1", "listed-2")) {
      assertThat(execute(new StringWriter(), "run", "--input", empty.toString(), "--data-dir", dir.toString(),
          "--run-id", id, "--json")).isZero();
    }
    StringWriter out = new StringWriter();

    assertThat(execute(out, "list", "--data-dir", dir.toString(), "--state", "COMPLETED", "--json")).isZero();

    JsonNode runs = new ObjectMapper().readTree(out.toString());
    assertThat(runs).extracting(run -> run.get("runId").asText()).containsExactly("listed-2", "listed-1");
    assertThat(runs).allSatisfy(run -> assertThat(run.get("state").asText()).isEqualTo("COMPLETED"));
    StringWriter none = new StringWriter();
    assertThat(execute(none, "list", "--data-dir", dir.toString(), "--state", "FAILED", "--json")).isZero();
    assertThat(new ObjectMapper().readTree(none.toString())).isEmpty();
  }

  @Test
  void anEmptyInputCompletesWithAnEmptyArtifact() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.jsonl"));
    StringWriter out = new StringWriter();

    int exit = execute(out, "run", "--input", empty.toString(), "--data-dir", dir.toString(), "--run-id", "none", "--json");

    assertThat(exit).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("batchesTotal").asInt()).isZero();
    assertThat(Path.of(summary.get("artifact").asText())).exists().isEmptyFile();
  }

  @Test
  void aMissingInputIsAUsageErrorNamingTheFile() {
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("run", "--input", dir.resolve("nope.jsonl").toString(), "--data-dir", dir.toString());

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("nope.jsonl").contains("does not exist");
  }

  @Test
  void productionModeRefusesTheEmbeddedDatabaseAndTemporalWithExitCode78() throws Exception {
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"text\":\"x\"}\n");
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("run", "--production", "--input", input.toString(), "--data-dir", dir.toString());

    assertThat(exit).isEqualTo(ExitCodes.CONFIGURATION);
    assertThat(err.toString().strip().lines()).singleElement().asString()
        .startsWith("millrace run: production mode refuses to start")
        .contains("is embedded").contains("TEMPORAL_ADDRESS");
    assertThat(dir.resolve("millrace.mv.db")).doesNotExist();
  }

  @Test
  void resumeNeedsARegisteredRunAndNoNewInput() throws Exception {
    Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":1,\"text\":\"x\"}\n");
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("run", "--resume", "never-ran", "--data-dir", dir.toString())).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(cli.execute("run", "--resume", "never-ran", "--input", input.toString(), "--data-dir", dir.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.execute("run", "--data-dir", dir.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("No run with id never-ran").contains("drop --input").contains("--resume RUN");
  }

  private static int execute(StringWriter out, String... args) {
    CommandLine cli = MillraceMain.commandLine();
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }
}
