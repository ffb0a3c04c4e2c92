package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: a run whose whole process (worker, embedded Temporal server and all) is killed with SIGKILL
 * resumes from its SQL checkpoints on a fresh Temporal server, skips the batches it had finished, loses
 * none, and produces the same artifact as an uninterrupted run.
 */
class ResumeAfterKillIT {
  private static final Path JAR = Path.of(System.getProperty("millrace.jar", "target/millrace.jar"));
  private static final int DOCUMENTS = 30_000;
  private static final int BATCH_SIZE = 100;
  private static final int BATCHES = DOCUMENTS / BATCH_SIZE;

  @TempDir Path dir;

  @Test
  void aKilledRunResumesFromItsCheckpointsAndWritesTheSameArtifactAsAnUninterruptedRun() throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), DOCUMENTS, 97);
    Path killedData = dir.resolve("killed");
    Process killed = launch(dir.resolve("killed.log"), "run", "--input", corpus.file().toString(),
        "--run-id", "kill-1", "--batch-size", String.valueOf(BATCH_SIZE), "--window", "1",
        "--data-dir", killedData.toString());
    await().atMost(Duration.ofMinutes(2)).until(() -> checkpoints(killedData).size() >= 20);
    killed.destroyForcibly();
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Map<Integer, String> beforeKill = checkpoints(killedData);
    assertThat(beforeKill.size()).as("the run was killed before it finished").isLessThan(BATCHES);

    Result resumed = cli(dir.resolve("resumed.log"), "run", "--resume", "kill-1", "--batch-size", "7",
        "--data-dir", killedData.toString(), "--json");
    Result uninterrupted = cli(dir.resolve("clean.log"), "run", "--input", corpus.file().toString(),
        "--run-id", "clean-1", "--batch-size", String.valueOf(BATCH_SIZE), "--data-dir", dir.resolve("clean").toString(),
        "--json");

    assertThat(resumed.exit()).as(resumed.log()).isZero();
    assertThat(resumed.log()).contains("run kill-1 keeps its stored --batch-size 100");
    JsonNode summary = new ObjectMapper().readTree(resumed.out());
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("batchesCompleted").asInt()).isEqualTo(BATCHES);
    assertThat(summary.get("documentsIn").asLong()).isEqualTo(DOCUMENTS);
    Map<Integer, String> afterResume = checkpoints(killedData);
    assertThat(afterResume).hasSize(BATCHES).containsAllEntriesOf(beforeKill);

    assertThat(uninterrupted.exit()).as(uninterrupted.log()).isZero();
    Path resumedArtifact = Path.of(summary.get("artifact").asText());
    Path cleanArtifact = Path.of(new ObjectMapper().readTree(uninterrupted.out()).get("artifact").asText());
    assertThat(sha256(resumedArtifact)).isEqualTo(sha256(cleanArtifact));
    assertThat(Corpus.idAndText(Files.readAllLines(resumedArtifact))).containsExactlyElementsOf(corpus.expectedArtifactLines());
  }

  /** Batch index to checkpoint time: a batch processed again would get a new time. */
  private static Map<Integer, String> checkpoints(Path dataDir) throws SQLException {
    Map<Integer, String> checkpoints = new TreeMap<>();
    if (!Files.exists(dataDir.resolve("millrace.mv.db"))) {
      return checkpoints;
    }
    try (Connection c = DriverManager.getConnection(Database.embeddedUrl(dataDir));
         Statement s = c.createStatement();
         ResultSet r = s.executeQuery("SELECT batch_index, completed_at FROM batch_checkpoint WHERE run_id = 'kill-1'")) {
      while (r.next()) {
        checkpoints.put(r.getInt(1), r.getTimestamp(2).toInstant().toString());
      }
    } catch (SQLException e) {
      if (e.getMessage().contains("batch_checkpoint") || e.getMessage().contains("BATCH_CHECKPOINT")) {
        return checkpoints;
      }
      throw e;
    }
    return checkpoints;
  }

  private record Result(int exit, String out, String log) {}

  private Result cli(Path log, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile(dir, "cli", ".out");
    Process process = command(args).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("millrace " + String.join(" ", args) + " did not finish:\n" + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(log));
  }

  private Process launch(Path log, String... args) throws IOException {
    return command(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("TEMPORAL_ADDRESS");
    return builder;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
