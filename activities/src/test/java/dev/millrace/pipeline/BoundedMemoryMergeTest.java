package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.store.Database;
import dev.millrace.store.testing.TestDatabase;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: the merge streams; 100,000 batches (about 80 MB of documents, more than the heap) merge in a
 * 64 MB heap, in input order.
 */
class BoundedMemoryMergeTest {
  private static final int BATCHES = 100_000;
  private static final int DOCS_PER_BATCH = 2;
  private static final String TEXT = "document text ".repeat(28);

  @TempDir Path dir;

  @Test
  void aHundredThousandBatchesMergeInOrderInA64MegabyteHeap() throws Exception {
    try (Database database = TestDatabase.H2.open(dir)) {
      store(database);
    }
    Path artifact = dir.resolve("artifact.jsonl");
    Path log = dir.resolve("merge.log");

    Process merge = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), MergeInSmallHeap.class.getName(),
        dir.toString(), "big", String.valueOf(BATCHES), artifact.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();

    assertThat(merge.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(merge.exitValue()).as(Files.readString(log)).isZero();
    assertLinesInOrder(artifact);
  }

  private static void store(Database database) throws Exception {
    JdbcPipelineStore store = new JdbcPipelineStore(database.dataSource());
    store.runs().register(new PipelineRequest("big", "/in", "/out", ChunkingParameters.defaults(), 4, null));
    RunFixtures.planBatches(store, "big", BATCHES, (long) BATCHES * DOCS_PER_BATCH);
    try (Connection c = database.dataSource().getConnection();
         PreparedStatement output = c.prepareStatement("INSERT INTO batch_output VALUES ('big', ?, ?)");
         PreparedStatement checkpoint = c.prepareStatement(
             "INSERT INTO batch_checkpoint VALUES ('big', ?, ?, ?, 0, ?)")) {
      c.setAutoCommit(false);
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 0; i < BATCHES; i++) {
        output.setInt(1, i);
        output.setBytes(2, documents(i).getBytes(StandardCharsets.UTF_8));
        output.addBatch();
        checkpoint.setInt(1, i);
        checkpoint.setInt(2, DOCS_PER_BATCH);
        checkpoint.setInt(3, DOCS_PER_BATCH);
        checkpoint.setTimestamp(4, now);
        checkpoint.addBatch();
        if (i % 5_000 == 4_999) {
          output.executeBatch();
          checkpoint.executeBatch();
        }
      }
      c.commit();
    }
  }

  private static String documents(int batch) {
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < DOCS_PER_BATCH; d++) {
      lines.append("{\"id\":\"").append(batch * DOCS_PER_BATCH + d).append("\",\"text\":\"").append(TEXT).append("\"}\n");
    }
    return lines.toString();
  }

  private static void assertLinesInOrder(Path artifact) throws Exception {
    long expected = 0;
    try (BufferedReader reader = Files.newBufferedReader(artifact)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        assertThat(line).isEqualTo("{\"id\":\"" + expected + "\",\"text\":\"" + TEXT + "\"}");
        expected++;
      }
    }
    assertThat(expected).isEqualTo((long) BATCHES * DOCS_PER_BATCH);
    assertThat(Files.size(artifact)).isGreaterThan(64L * 1024 * 1024);
    assertThat(AtomicFiles.partialOf(artifact)).doesNotExist();
  }
}
