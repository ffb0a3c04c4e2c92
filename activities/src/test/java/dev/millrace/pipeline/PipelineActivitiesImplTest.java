package dev.millrace.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.store.Database;
import dev.millrace.store.testing.Rows;
import dev.millrace.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.events.EventPublisher;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import dev.millrace.store.RegisteredRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The activities on a real database (embedded and PostgreSQL) and real files, called as Temporal would. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PipelineActivitiesImplTest {
  private static final String HTML_LINE = "{\"id\":\"h\",\"html\":\"<p>a&amp;b</p>\"}";

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  private Database database;
  private JdbcPipelineStore store;
  private final List<TestActivityEnvironment> environments = new ArrayList<>();

  @BeforeEach
  void open() {
    database = kind.open(dir);
    store = new JdbcPipelineStore(database.dataSource());
  }

  @AfterEach
  void close() {
    environments.forEach(TestActivityEnvironment::close);
    database.close();
  }

  @Test
  void aBatchRetriedAfterItsCommitButBeforeItsCompletionIsNotCountedTwice() throws Exception {
    PipelineActivities activities = inActivityContext(
        new PipelineActivitiesImpl(store, PipelineMetrics.NONE, EventPublisher.none()), new ArrayList<>());
    Path input = Files.write(dir.resolve("in.jsonl"), List.of(HTML_LINE, "not json", "{\"id\":2,\"text\":\"x\"}"));
    activities.register(request("r", input, List.of("html")));
    activities.plan("r");

    BatchResult committedButNeverReported = activities.processBatch("r", 0);
    Files.write(input, List.of("{\"id\":\"changed\",\"text\":\"a retry must not reprocess\"}"));
    BatchResult retry = activities.processBatch("r", 0);

    assertThat(retry).isEqualTo(committedButNeverReported).isEqualTo(new BatchResult(0, 3, 2, 1));
    assertThat(count("batch_output")).isEqualTo(1);
    assertThat(count("batch_checkpoint")).isEqualTo(1);
    assertThat(count("quarantine")).isEqualTo(1);
  }

  @Test
  void aForcedCleanerCacheCollisionStillCleansEachRunWithItsOwnSteps() throws Exception {
    PipelineActivities activities = inActivityContext(new PipelineActivitiesImpl(store, PipelineMetrics.NONE,
        EventPublisher.none(), configuration -> "colliding-hash"), new ArrayList<>());
    Path input = Files.write(dir.resolve("in.jsonl"), List.of(HTML_LINE));
    activities.register(request("with-html", input, List.of("html", "whitespace")));
    activities.register(request("raw", input, List.of()));
    activities.plan("with-html");
    activities.plan("raw");

    activities.processBatch("with-html", 0);
    activities.processBatch("raw", 0);
    activities.processBatch("with-html", 0);

    assertThat(texts("with-html")).containsExactly("a&b");
    assertThat(texts("raw")).containsExactly("<p>a&amp;b</p>");
  }

  @Test
  void pauseAndResumeAnnouncementsRecordTheStateSoTheRunListFindsPausedRuns() throws Exception {
    PipelineActivities activities = inActivityContext(
        new PipelineActivitiesImpl(store, PipelineMetrics.NONE, EventPublisher.none()), new ArrayList<>());
    Path input = Files.write(dir.resolve("in.jsonl"), List.of(HTML_LINE));
    activities.register(request("p", input, List.of()));
    activities.register(request("other", input, List.of()));
    activities.plan("p");

    activities.announce("p", "paused", DocumentCounts.ZERO, 1);
    assertThat(store.runs().list(Optional.of(RunState.PAUSED), 10)).extracting(RegisteredRun::runId).containsExactly("p");

    activities.announce("p", "resumed", DocumentCounts.ZERO, 1);
    assertThat(store.runs().find("p").orElseThrow().state()).isEqualTo(RunState.RUNNING);
    assertThat(store.runs().list(Optional.of(RunState.PAUSED), 10)).isEmpty();

    activities.finish(new RunOutcome("p", RunState.CANCELLED, DocumentCounts.ZERO, dir.resolve("p.jsonl").toString(), null));
    activities.announce("p", "paused", DocumentCounts.ZERO, 2);
    assertThat(store.runs().find("p").orElseThrow().state()).isEqualTo(RunState.CANCELLED);
  }

  @Test
  void planningAndProcessingABatchHeartbeatSoAKilledWorkersAttemptIsRetriedSoon() throws Exception {
    List<Object> heartbeats = new ArrayList<>();
    PipelineActivities activities = inActivityContext(
        new PipelineActivitiesImpl(store, PipelineMetrics.NONE, EventPublisher.none()), heartbeats);
    Path input = Files.write(dir.resolve("in.jsonl"), List.of(HTML_LINE, "{\"id\":2,\"text\":\"x\"}"));
    activities.register(request("beating", input, List.of("html")));

    activities.plan("beating");
    int afterPlan = heartbeats.size();
    activities.processBatch("beating", 0);

    assertThat(afterPlan).as("plan heartbeats per batch range").isPositive();
    assertThat(heartbeats.size()).as("a batch heartbeats as it goes").isGreaterThan(afterPlan);
  }

  @Test
  void aMergeRetriedAfterAWorkerCrashResumesFromItsLastHeartbeat() throws Exception {
    int batches = ArtifactMerger.BATCHES_PER_READ * 3;
    Path artifact = dir.resolve("merge.jsonl");
    store.runs().register(new PipelineRequest("m", "/in", artifact.toString(), ChunkingParameters.defaults(), 2, null));
    RunFixtures.planBatches(store, "m", batches, batches);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < batches; i++) {
      String line = "{\"id\":\"" + i + "\"}";
      expected.add(line);
      OutputDocument document = new OutputDocument(i, String.valueOf(i), (line + "\n").getBytes(StandardCharsets.UTF_8), line);
      store.saveBatch("m", i, new ProcessedBatch(1, List.of(document), List.of()));
    }
    List<MergeCursor> firstAttempt = merge(null);
    MergeCursor lastBeforeCrash = firstAttempt.get(0);
    assertThat(lastBeforeCrash.nextBatch()).isEqualTo(ArtifactMerger.BATCHES_PER_READ);
    byte[] written = Files.readAllBytes(artifact);
    Files.delete(artifact);
    Files.write(AtomicFiles.partialOf(artifact), Arrays.copyOf(written, (int) lastBeforeCrash.bytesWritten() + 5));

    List<MergeCursor> retry = merge(lastBeforeCrash);

    assertThat(retry).first().extracting(MergeCursor::nextBatch).isEqualTo(ArtifactMerger.BATCHES_PER_READ * 2);
    assertThat(Files.readAllLines(artifact)).containsExactlyElementsOf(expected);
  }

  @Test
  void aMergeThatFindsABatchWithoutItsOutputFailsWithoutRetryingAndPublishesNoArtifact() throws IOException {
    Path artifact = dir.resolve("gap.jsonl");
    store.runs().register(new PipelineRequest("gap", "/in", artifact.toString(), ChunkingParameters.defaults(), 2, null));
    RunFixtures.planBatches(store, "gap", 3, 3);
    store.saveBatch("gap", 0, new ProcessedBatch(1, List.of(RunFixtures.document(1, "a")), List.of()));
    store.saveBatch("gap", 2, new ProcessedBatch(1, List.of(RunFixtures.document(3, "c")), List.of()));
    PipelineActivities activities = inActivityContext(
        new PipelineActivitiesImpl(store, PipelineMetrics.NONE, EventPublisher.none()), new ArrayList<>());

    assertThatThrownBy(() -> activities.merge("gap", 3)).isInstanceOf(ActivityFailure.class).cause()
        .isInstanceOfSatisfying(ApplicationFailure.class, failure -> {
          assertThat(failure.getType()).isEqualTo(MissingBatchException.FAILURE_TYPE);
          assertThat(failure.isNonRetryable()).isTrue();
          assertThat(failure.getOriginalMessage()).contains("Batch 1 of run gap");
        });
    assertThat(artifact).doesNotExist();
  }

  private List<String> texts(String runId) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String batch : outputs(runId)) {
      for (String line : batch.split("\n")) {
        texts.add(new ObjectMapper().readTree(line).get("text").asText());
      }
    }
    return texts;
  }

  /** Runs the merge activity as Temporal would, optionally as a retry carrying heartbeat details. */
  private List<MergeCursor> merge(MergeCursor heartbeatDetails) {
    List<MergeCursor> heartbeats = new ArrayList<>();
    TestActivityEnvironment env = TestActivityEnvironment.newInstance();
    try {
      env.registerActivitiesImplementations(new PipelineActivitiesImpl(store, PipelineMetrics.NONE, EventPublisher.none()));
      env.setActivityHeartbeatListener(MergeCursor.class, heartbeats::add);
      if (heartbeatDetails != null) {
        env.setHeartbeatDetails(heartbeatDetails);
      }
      env.newActivityStub(PipelineActivities.class, ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofMinutes(1)).build()).merge("m", ArtifactMerger.BATCHES_PER_READ * 3);
    } finally {
      env.close();
    }
    return heartbeats;
  }

  /** A stub that runs each call in an activity context, as a worker would; heartbeats land in the list. */
  private PipelineActivities inActivityContext(PipelineActivitiesImpl implementation, List<Object> heartbeats) {
    TestActivityEnvironment env = TestActivityEnvironment.newInstance();
    environments.add(env);
    env.registerActivitiesImplementations(implementation);
    env.setActivityHeartbeatListener(Object.class, heartbeats::add);
    return env.newActivityStub(PipelineActivities.class, ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofMinutes(1))
        .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build()).build());
  }

  private PipelineRequest request(String runId, Path input, List<String> steps) {
    return new PipelineRequest(runId, input.toString(), dir.resolve(runId + ".jsonl").toString(),
        new ChunkingParameters(10, 1000, steps), 2, null);
  }

  private List<String> outputs(String runId) throws IOException {
    List<String> outputs = new ArrayList<>();
    store.readOutputs(runId, 0, 1, documents -> outputs.add(new String(documents.readAllBytes(), StandardCharsets.UTF_8)));
    return outputs;
  }

  private int count(String table) throws SQLException {
    return Rows.count(database.dataSource(), table);
  }
}
