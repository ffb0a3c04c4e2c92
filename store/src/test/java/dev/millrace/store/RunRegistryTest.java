package dev.millrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.RunOutcome;
import dev.millrace.pipeline.RunState;
import dev.millrace.pipeline.SinkOutcome;
import dev.millrace.pipeline.TableSink;
import dev.millrace.store.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
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
class RunRegistryTest {
  private static final PipelineRequest REQUEST = new PipelineRequest("run-1", "/in.jsonl", "/out.jsonl",
      new ChunkingParameters(64, 2048, List.of("whitespace")), 3, null);

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  private Database database;
  private RunRegistry runs;

  @BeforeEach
  void open() {
    database = kind.open(dir);
    runs = new RunRegistry(database.dataSource());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void storesTheChunkingParametersSoAResumeGetsTheSameRequestBack() {
    assertThat(runs.register(REQUEST)).isTrue();

    RegisteredRun run = runs.find("run-1").orElseThrow();

    assertThat(run.toRequest()).isEqualTo(REQUEST);
    assertThat(run.state()).isEqualTo(RunState.REGISTERED);
    assertThat(run.toProgress().batchesTotal()).isZero();
    assertThat(run.toProgress().counts()).isEqualTo(DocumentCounts.ZERO);
  }

  @Test
  void listsRunsNewestFirstAndFiltersByState() {
    for (String id : List.of("run-a", "run-b", "run-c")) {
      runs.register(new PipelineRequest(id, "/in.jsonl", "/out/" + id, ChunkingParameters.defaults(), 2, null));
    }
    runs.recordOutcome(new RunOutcome("run-b", RunState.COMPLETED, new DocumentCounts(3, 2, 1), "/out/run-b", null));

    assertThat(runs.list(Optional.empty(), 10)).extracting(RegisteredRun::runId)
        .containsExactly("run-c", "run-b", "run-a");
    assertThat(runs.list(Optional.empty(), 2)).hasSize(2);
    assertThat(runs.list(Optional.of(RunState.COMPLETED), 10)).singleElement()
        .satisfies(run -> assertThat(run.runId()).isEqualTo("run-b"));
    assertThat(runs.list(Optional.of(RunState.REGISTERED), 10)).extracting(RegisteredRun::runId)
        .containsExactly("run-c", "run-a");
  }

  @Test
  void aSecondRegistrationOfTheSameIdIsRefusedAndChangesNothing() {
    runs.register(REQUEST);
    PipelineRequest other = new PipelineRequest("run-1", "/other.jsonl", "/other-out.jsonl",
        ChunkingParameters.defaults(), 1, null);

    assertThat(runs.register(other)).isFalse();
    assertThat(runs.find("run-1").orElseThrow().toRequest()).isEqualTo(REQUEST);
  }

  @Test
  void progressComesFromTheCheckpointsAndTheOutcomeIsRecorded() throws SQLException {
    runs.register(REQUEST);
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("UPDATE pipeline_run SET batch_count = 3, state = 'RUNNING' WHERE run_id = 'run-1'");
      for (int i = 0; i < 3; i++) {
        s.execute("INSERT INTO pipeline_batch VALUES ('run-1', " + i + ", 0, 1, 1)");
      }
      s.execute("INSERT INTO batch_checkpoint VALUES ('run-1', 0, 10, 9, 1, CURRENT_TIMESTAMP)");
      s.execute("INSERT INTO batch_checkpoint VALUES ('run-1', 2, 5, 5, 0, CURRENT_TIMESTAMP)");
    }

    RegisteredRun running = runs.find("run-1").orElseThrow();
    assertThat(running.toProgress().batchesTotal()).isEqualTo(3);
    assertThat(running.toProgress().batchesCompleted()).isEqualTo(2);
    assertThat(running.counts()).isEqualTo(new DocumentCounts(15, 14, 1));

    runs.recordOutcome(new RunOutcome("run-1", RunState.FAILED, running.counts(), "/out.jsonl", "disk full"));
    assertThat(runs.find("run-1").orElseThrow().state()).isEqualTo(RunState.FAILED);
  }

  @Test
  void keepsTheTableSinkForAResumeAndTheOutcomeOfEachSinkWithoutCredentials() {
    PipelineRequest withTable = REQUEST.withTableSink(new TableSink("jdbc:postgresql://db:5432/docs", "public.docs"));
    runs.register(withTable);
    assertThat(runs.find("run-1").orElseThrow().toRequest()).isEqualTo(withTable);

    List<SinkOutcome> firstEnd = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null),
        SinkOutcome.failed(SinkOutcome.TABLE, "Connection to db:5432 refused"));
    runs.recordOutcome(new RunOutcome("run-1", RunState.COMPLETED, DocumentCounts.ZERO, "/out.jsonl", null, firstEnd));
    assertThat(runs.find("run-1").orElseThrow().toProgress().sinks()).containsExactlyElementsOf(firstEnd);

    List<SinkOutcome> afterResume = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null),
        SinkOutcome.ok(SinkOutcome.TABLE, "12 rows"));
    runs.recordOutcome(new RunOutcome("run-1", RunState.COMPLETED, DocumentCounts.ZERO, "/out.jsonl", null, afterResume));
    assertThat(runs.list(Optional.of(RunState.COMPLETED), 5)).singleElement()
        .satisfies(run -> assertThat(run.toProgress().sinks()).containsExactlyElementsOf(afterResume));
  }

  @Test
  void recordsPauseAndResumeButNeverOverwritesAnEndedRun() {
    runs.register(REQUEST);
    runs.recordState("run-1", RunState.PAUSED);
    assertThat(runs.list(Optional.of(RunState.PAUSED), 5)).extracting(RegisteredRun::runId).containsExactly("run-1");
    runs.recordState("run-1", RunState.RUNNING);
    assertThat(runs.find("run-1").orElseThrow().state()).isEqualTo(RunState.RUNNING);

    runs.recordOutcome(new RunOutcome("run-1", RunState.CANCELLED, DocumentCounts.ZERO, "/out.jsonl", null));
    runs.recordState("run-1", RunState.PAUSED);
    assertThat(runs.find("run-1").orElseThrow().state()).isEqualTo(RunState.CANCELLED);
  }

  @Test
  void anUnknownRunIsEmpty() {
    assertThat(runs.find("nope")).isEmpty();
  }
}
