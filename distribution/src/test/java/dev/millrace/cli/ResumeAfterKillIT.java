package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.cli.JarProcesses.Result;
import dev.millrace.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
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
  private static final int DOCUMENTS = 30_000;
  private static final int BATCH_SIZE = 100;
  private static final int BATCHES = DOCUMENTS / BATCH_SIZE;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

  @TempDir Path dir;

  @Test
  void aKilledRunResumesFromItsCheckpointsAndWritesTheSameArtifactAsAnUninterruptedRun() throws Exception {
    try (JarProcesses processes = new JarProcesses(dir)) {
      killAndResume(processes);
    }
  }

  private void killAndResume(JarProcesses processes) throws Exception {
    Corpus corpus = Corpus.write(dir.resolve("corpus.jsonl"), DOCUMENTS, 97);
    Path killedData = dir.resolve("killed");
    Process killed = processes.launch(dir.resolve("killed.log"), "run", "--input", corpus.file().toString(),
        "--run-id", "kill-1", "--batch-size", String.valueOf(BATCH_SIZE), "--window", "1",
        "--data-dir", killedData.toString());
    await().atMost(Duration.ofMinutes(2)).until(() -> checkpoints(killedData).size() >= 20);
    killed.destroyForcibly();
    assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Map<Integer, String> beforeKill = checkpoints(killedData);
    assertThat(beforeKill.size()).as("the run was killed before it finished").isLessThan(BATCHES);

    Result resumed = processes.cli(RUN_TIMEOUT, "run", "--resume", "kill-1", "--batch-size", "7",
        "--data-dir", killedData.toString(), "--json");
    Result uninterrupted = processes.cli(RUN_TIMEOUT, "run", "--input", corpus.file().toString(),
        "--run-id", "clean-1", "--batch-size", String.valueOf(BATCH_SIZE), "--data-dir", dir.resolve("clean").toString(),
        "--json");

    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("run kill-1 keeps its stored --batch-size 100");
    JsonNode summary = new ObjectMapper().readTree(resumed.out());
    assertThat(summary.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(summary.get("batchesCompleted").asInt()).isEqualTo(BATCHES);
    assertThat(summary.get("documentsIn").asLong()).isEqualTo(DOCUMENTS);
    Map<Integer, String> afterResume = checkpoints(killedData);
    assertThat(afterResume).hasSize(BATCHES).containsAllEntriesOf(beforeKill);

    assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
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

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
