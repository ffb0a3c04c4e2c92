package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.store.Database;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: a batch whose transaction committed on the embedded database is on disk when the worker that
 * wrote it is SIGKILLed a moment later. The worker reports the batch done to Temporal right after the
 * commit, so a checkpoint lost with the process would be a batch the merge never finds. H2 by default keeps
 * commits in memory for up to 500 ms before its background writer stores them.
 */
class KilledWriterCommitTest {
  private static final int BATCHES = 5;

  @TempDir Path dir;

  @Test
  void batchesCommittedJustBeforeASigkillAreAllStored() throws Exception {
    Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SaveBatchThenHang.class.getName(),
        dir.toString(), String.valueOf(BATCHES))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    int committed = -1;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (committed < BATCHES - 1 && (line = out.readLine()) != null) {
        committed = Integer.parseInt(line);
      }
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("batches the writer reported committed").isEqualTo(BATCHES - 1);

    try (Database database = Database.open(Database.embeddedUrl(dir), null, null)) {
      JdbcPipelineStore store = new JdbcPipelineStore(database.dataSource());
      for (int i = 0; i < BATCHES; i++) {
        assertThat(store.findCheckpoint(SaveBatchThenHang.RUN_ID, i)).as("checkpoint of batch %d", i)
            .contains(new BatchResult(i, SaveBatchThenHang.DOCUMENTS_PER_BATCH,
                SaveBatchThenHang.DOCUMENTS_PER_BATCH, 0));
      }
      ByteArrayOutputStream merged = new ByteArrayOutputStream();
      store.readOutputs(SaveBatchThenHang.RUN_ID, 0, BATCHES, documents -> documents.transferTo(merged));
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      for (int i = 0; i < BATCHES; i++) {
        expected.write(SaveBatchThenHang.batch(i).jsonl());
      }
      assertThat(merged.toByteArray()).isEqualTo(expected.toByteArray());
    }
  }
}
