package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.store.Database;
import dev.millrace.store.testing.PostgresServer;
import dev.millrace.store.testing.TestDatabase;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table export from the embedded store into a real PostgreSQL, called as Temporal would call it. */
class TableSinkActivitiesImplTest {
  private static final int BATCHES = TableSinkActivitiesImpl.BATCHES_PER_TRANSACTION * 2 + 3;
  private static final int DOCS_PER_BATCH = 2;

  @TempDir Path dir;
  private Database database;
  private JdbcPipelineStore store;
  private final PostgresServer postgres = PostgresServer.shared();
  private final String sinkUrl = postgres.newDatabaseUrl();
  private final TableSink sink = new TableSink(sinkUrl, "exported_documents");

  @BeforeEach
  void storeARun() throws Exception {
    database = TestDatabase.H2.open(dir);
    store = new JdbcPipelineStore(database.dataSource());
    store.runs().register(new PipelineRequest("t", "/in", "/out", ChunkingParameters.defaults(), 2, null));
    RunFixtures.planBatches(store, "t", BATCHES, BATCHES * DOCS_PER_BATCH);
    for (int i = 0; i < BATCHES; i++) {
      List<OutputDocument> documents = new ArrayList<>();
      for (int d = 0; d < DOCS_PER_BATCH; d++) {
        String id = "doc-" + i + "-" + d;
        String line = "{\"id\":\"" + id + "\",\"text\":\"text of " + id + "\"}";
        documents.add(new OutputDocument(i * DOCS_PER_BATCH + d, id, (line + "\n").getBytes(StandardCharsets.UTF_8), line));
      }
      store.saveBatch("t", i, new ProcessedBatch(DOCS_PER_BATCH, documents, List.of()));
    }
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void exportsEveryDocumentOnceAndARetriedExportDuplicatesNoRow() throws Exception {
    List<TableExportCursor> heartbeats = new ArrayList<>();
    long rows = export(sink, null, heartbeats);

    assertThat(rows).isEqualTo(BATCHES * DOCS_PER_BATCH);
    assertThat(heartbeats).first().isEqualTo(new TableExportCursor(TableSinkActivitiesImpl.BATCHES_PER_TRANSACTION,
        TableSinkActivitiesImpl.BATCHES_PER_TRANSACTION * DOCS_PER_BATCH));
    assertThat(rowCount()).isEqualTo(BATCHES * DOCS_PER_BATCH);

    long resumed = export(sink, heartbeats.get(0), new ArrayList<>());
    long fromScratch = export(sink, null, new ArrayList<>());

    assertThat(resumed).isEqualTo(BATCHES * DOCS_PER_BATCH);
    assertThat(fromScratch).isEqualTo(BATCHES * DOCS_PER_BATCH);
    assertThat(rowCount()).isEqualTo(BATCHES * DOCS_PER_BATCH);
    assertThat(query("SELECT document->>'text' FROM exported_documents WHERE run_id = 't' AND document_id = 'doc-40-1'"))
        .isEqualTo("text of doc-40-1");
  }

  @Test
  void anUnreachableSinkFailsWithAMessageNamingTheTableAndUrl() throws Exception {
    int deadPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      deadPort = socket.getLocalPort();
    }
    TableSink unreachable = new TableSink("jdbc:postgresql://127.0.0.1:" + deadPort + "/docs", "docs");

    assertThatThrownBy(() -> export(unreachable, null, new ArrayList<>()))
        .isInstanceOf(ActivityFailure.class)
        .rootCause()
        .hasMessageContaining("could not write table docs at jdbc:postgresql://127.0.0.1:" + deadPort + "/docs")
        .hasMessageContaining("refused");
  }

  @Test
  void aBatchWithoutItsStoredOutputFailsTheExportWithoutRetrying() throws Exception {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM batch_output WHERE run_id = 't' AND batch_index = 5");
    }

    assertThatThrownBy(() -> export(sink, null, new ArrayList<>())).isInstanceOf(ActivityFailure.class).cause()
        .isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
          assertThat(failure.getType()).isEqualTo(MissingBatchException.FAILURE_TYPE);
          assertThat(failure.isNonRetryable()).isTrue();
          assertThat(failure.getOriginalMessage()).contains("Batch 5 of run t");
        });
  }

  @Test
  void credentialsNeverShowInTheirDescription() {
    assertThat(new TableSinkCredentials("loader", "s3cret").toString()).contains("loader").doesNotContain("s3cret");
  }

  private long export(TableSink target, TableExportCursor heartbeatDetails, List<TableExportCursor> heartbeats) {
    TestActivityEnvironment env = TestActivityEnvironment.newInstance();
    try {
      env.registerActivitiesImplementations(
          new TableSinkActivitiesImpl(store, new TableSinkCredentials(postgres.user(), null)));
      env.setActivityHeartbeatListener(TableExportCursor.class, heartbeats::add);
      if (heartbeatDetails != null) {
        env.setHeartbeatDetails(heartbeatDetails);
      }
      return env.newActivityStub(TableSinkActivities.class, ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
              .build())
          .exportToTable("t", BATCHES, target);
    } finally {
      env.close();
    }
  }

  private int rowCount() throws SQLException {
    return Integer.parseInt(query("SELECT COUNT(*) FROM exported_documents"));
  }

  private String query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(sinkUrl, postgres.user(), "");
         Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
