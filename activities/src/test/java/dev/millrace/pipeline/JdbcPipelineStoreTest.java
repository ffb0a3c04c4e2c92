package dev.millrace.pipeline;

import static dev.millrace.pipeline.RunFixtures.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.millrace.store.Database;
import dev.millrace.store.StoreException;
import dev.millrace.store.testing.Rows;
import dev.millrace.store.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs on the embedded database and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class JdbcPipelineStoreTest {
  @Parameter TestDatabase kind;
  @TempDir Path dir;
  private Database database;
  private JdbcPipelineStore store;

  @BeforeEach
  void openStore() throws Exception {
    database = kind.open(dir);
    store = new JdbcPipelineStore(database.dataSource());
    RunFixtures.registered(store, "r1", dir.resolve("in.jsonl"), dir.resolve("out.jsonl"));
    store.savePlan("r1", sink -> {
      sink.accept(new BatchRange(0, 0, 10, 1));
      sink.accept(new BatchRange(1, 10, 20, 3));
      return new RunPlan(2, 4, "h");
    });
  }

  @AfterEach
  void closeStore() {
    database.close();
  }

  @Test
  void registeringARunTwiceKeepsTheFirstRegistration() {
    PipelineRequest again = new PipelineRequest("r1", "/elsewhere", "/other", new ChunkingParameters(9, 9, List.of()), 1, null);

    assertThat(store.runs().register(again)).isFalse();
    assertThat(store.runs().find("r1").orElseThrow().inputPath()).isEqualTo(dir.resolve("in.jsonl").toString());
    assertThat(store.findPlan("r1")).contains(new RunPlan(2, 4, "h"));
    assertThat(store.findBatch("r1", 1)).contains(new BatchRange(1, 10, 20, 3));
  }

  @Test
  void aBatchSavedTwiceIsStoredOnceAndReportsTheFirstCounts() throws SQLException, IOException {
    BatchResult first = store.saveBatch("r1", 0, batch("1", 2, 1));
    BatchResult second = store.saveBatch("r1", 0, batch("other", 5, 5));

    assertThat(second).isEqualTo(first).isEqualTo(new BatchResult(0, 2, 1, 1));
    assertThat(count("batch_output")).isEqualTo(1);
    assertThat(count("batch_checkpoint")).isEqualTo(1);
    assertThat(count("quarantine")).isEqualTo(1);
    assertThat(outputs(1)).containsExactly("{\"id\":\"1\"}\n");
  }

  @Test
  void concurrentSavesOfOneBatchLeaveExactlyOne() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<BatchResult>> saves = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String text = String.valueOf(i);
      saves.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return store.saveBatch("r1", 1, batch(text, 1, 0));
      }));
    }
    start.countDown();

    List<BatchResult> results = saves.stream().map(CompletableFuture::join).toList();

    assertThat(results).containsOnly(new BatchResult(1, 1, 1, 0));
    assertThat(count("batch_output")).isEqualTo(1);
    assertThat(count("batch_checkpoint")).isEqualTo(1);
  }

  @Test
  void aCheckpointThatFailsAfterTheBatchWriteLeavesNothingAndTheRetrySucceeds() throws SQLException, IOException {
    JdbcPipelineStore failing = new JdbcPipelineStore(
        FailingDataSource.failingOn(database.dataSource(), "INSERT INTO batch_checkpoint"));

    assertThatThrownBy(() -> failing.saveBatch("r1", 0, batch("1", 2, 1)))
        .isInstanceOf(StoreException.class).hasMessageContaining("batch 0 of run r1");

    assertThat(count("batch_output")).isZero();
    assertThat(count("quarantine")).isZero();
    assertThat(count("batch_checkpoint")).isZero();
    assertThat(store.findCheckpoint("r1", 0)).isEmpty();

    assertThat(store.saveBatch("r1", 0, batch("1", 2, 1))).isEqualTo(new BatchResult(0, 2, 1, 1));
    assertThat(outputs(1)).containsExactly("{\"id\":\"1\"}\n");
    assertThat(count("quarantine")).isEqualTo(1);
  }

  @Test
  void readingBatchesFailsOnABatchWithoutStoredOutputInsteadOfLeavingItOut() throws IOException {
    store.saveBatch("r1", 1, batch("2", 1, 0));
    List<String> read = new ArrayList<>();

    assertThatThrownBy(() -> store.readOutputs("r1", 0, 2, documents -> read.add("batch")))
        .isInstanceOf(MissingBatchException.class).hasMessageContaining("Batch 0 of run r1");
    assertThat(read).isEmpty();

    store.readOutputs("r1", 1, 2, documents -> read.add(new String(documents.readAllBytes(), StandardCharsets.UTF_8)));
    assertThat(read).containsExactly("{\"id\":\"2\"}\n");
  }

  @Test
  void readingBatchesFailsWhenTheLastBatchHasNoStoredOutput() {
    store.saveBatch("r1", 0, batch("1", 1, 0));

    assertThatThrownBy(() -> store.readOutputs("r1", 0, 2, documents -> documents.transferTo(OutputStream.nullOutputStream())))
        .isInstanceOf(MissingBatchException.class).hasMessageContaining("Batch 1 of run r1");
  }

  @Test
  void theLookupOfTakenIdsProbesTheFullPrimaryKeyInsteadOfScanningTheRun() throws SQLException {
    assumeThat(kind).isEqualTo(TestDatabase.H2);
    try (Connection c = database.dataSource().getConnection();
         PreparedStatement explain = c.prepareStatement("EXPLAIN " + JdbcPipelineStore.takenIdsQuery(2))) {
      explain.setInt(1, 0);
      for (int p = 2; p <= 5; p++) {
        explain.setString(p, "x");
      }
      try (ResultSet plan = explain.executeQuery()) {
        assertThat(plan.next()).isTrue();
        assertThat(plan.getString(1).replace("\n", " ")).containsPattern("PRIMARY_KEY_\\w+:\\s+IN\\(ROW");
      }
    }
  }

  @Test
  void anIdAnotherBatchAlreadyStoredIsQuarantinedAndARetryChangesNothing() throws SQLException, IOException {
    store.saveBatch("r1", 0, new ProcessedBatch(2, List.of(document(1, "a"), document(2, "b")), List.of()));
    ProcessedBatch later = new ProcessedBatch(2, List.of(document(3, "b"), document(4, "c")), List.of());

    BatchResult result = store.saveBatch("r1", 1, later);
    BatchResult retried = store.saveBatch("r1", 1, later);

    assertThat(result).isEqualTo(retried).isEqualTo(new BatchResult(1, 2, 1, 1));
    assertThat(store.quarantine("r1")).singleElement().satisfies(record -> {
      assertThat(record.lineNumber()).isEqualTo(3);
      assertThat(record.reason()).isEqualTo("duplicate id \"b\": already used by an earlier record of this run");
    });
    assertThat(outputs(2)).containsExactly("{\"id\":\"a\"}\n{\"id\":\"b\"}\n", "{\"id\":\"c\"}\n");
  }

  @Test
  void batchIdsAreLookedUpOnlyAfterTheUniqueKeyRefusedOne() throws IOException {
    JdbcPipelineStore unableToLookUp = new JdbcPipelineStore(
        FailingDataSource.failingOn(database.dataSource(), "SELECT document_id FROM run_document_id"));

    assertThat(unableToLookUp.saveBatch("r1", 0, new ProcessedBatch(1, List.of(document(1, "a")), List.of())))
        .isEqualTo(new BatchResult(0, 1, 1, 0));
    assertThatThrownBy(() -> unableToLookUp.saveBatch("r1", 1,
        new ProcessedBatch(2, List.of(document(2, "a"), document(3, "b")), List.of())))
        .isInstanceOf(StoreException.class).hasMessageContaining("batch 1 of run r1");
    assertThat(store.findCheckpoint("r1", 1)).isEmpty();
    assertThat(outputs(1)).containsExactly("{\"id\":\"a\"}\n");
  }

  @Test
  void twoBatchesRacingForOneIdKeepItOnceAndQuarantineItOnceAfterRetries() throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<BatchResult>> saves = new ArrayList<>();
    for (int batchIndex = 0; batchIndex < 2; batchIndex++) {
      int index = batchIndex;
      ProcessedBatch batch = new ProcessedBatch(1, List.of(document(10 + index, "shared")), List.of());
      saves.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return saveRetrying(index, batch);
      }));
    }
    start.countDown();

    List<BatchResult> results = saves.stream().map(CompletableFuture::join).toList();

    assertThat(results).extracting(BatchResult::documentsOut).containsExactlyInAnyOrder(1, 0);
    assertThat(results).extracting(BatchResult::documentsQuarantined).containsExactlyInAnyOrder(0, 1);
    assertThat(store.quarantine("r1")).singleElement()
        .satisfies(record -> assertThat(record.reason()).startsWith("duplicate id \"shared\""));
    assertThat(String.join("", outputs(2))).isEqualTo("{\"id\":\"shared\"}\n");
    assertThat(count("run_document_id")).isEqualTo(1);
  }

  /** What Temporal does for the activity: a batch that lost a race is simply run again. */
  private BatchResult saveRetrying(int batchIndex, ProcessedBatch batch) {
    for (int attempt = 1; ; attempt++) {
      try {
        return store.saveBatch("r1", batchIndex, batch);
      } catch (StoreException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  private static ProcessedBatch batch(String id, int in, int quarantined) {
    List<QuarantinedRecord> records = new ArrayList<>();
    for (int i = 0; i < quarantined; i++) {
      records.add(new QuarantinedRecord(100 + i, "invalid JSON", "{"));
    }
    return new ProcessedBatch(in, List.of(document(1, id)), records);
  }

  private List<String> outputs(int batches) throws IOException {
    List<String> outputs = new ArrayList<>();
    store.readOutputs("r1", 0, batches, documents -> outputs.add(new String(documents.readAllBytes(), StandardCharsets.UTF_8)));
    return outputs;
  }

  private int count(String table) throws SQLException {
    return Rows.count(database.dataSource(), table);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
