package dev.millrace.pipeline;

import dev.millrace.pipeline.text.DocumentCleaner;
import dev.millrace.store.RegisteredRun;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The pipeline's activities over the SQL store and the file system. Stateless apart from its
 * collaborators, so one instance serves every run a worker handles.
 */
public class PipelineActivitiesImpl implements PipelineActivities {
  /** Failure type of errors no retry can fix; the workflow fails with the message. */
  public static final String INVALID_INPUT = "InvalidInput";
  private static final int CACHED_CLEANERS = 64;

  private final JdbcPipelineStore store;
  private final BatchPlanner planner = new BatchPlanner();
  private final BatchReader reader = new BatchReader();
  private final BatchProcessor processor = new BatchProcessor();
  private final ArtifactMerger merger;
  private final ContentHashCache<String, DocumentCleaner> cleaners;

  public PipelineActivitiesImpl(JdbcPipelineStore store) {
    this(store, ContentHashCache::sha256);
  }

  /** @param configurationHash hashes a run's cleaning configuration for the cleaner cache */
  public PipelineActivitiesImpl(JdbcPipelineStore store, Function<String, String> configurationHash) {
    this.store = store;
    this.merger = new ArtifactMerger(store);
    this.cleaners = new ContentHashCache<>(configurationHash, PipelineActivitiesImpl::compileCleaner, CACHED_CLEANERS);
  }

  @Override
  public void register(PipelineRequest request) {
    try {
      DocumentCleaner.forSteps(request.chunking().cleaningSteps());
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), INVALID_INPUT);
    }
    store.runs().register(request);
  }

  @Override
  public RunPlan plan(String runId) {
    return store.findPlan(runId).orElseGet(() -> {
      RegisteredRun run = run(runId);
      Path input = Path.of(run.inputPath());
      if (!Files.isRegularFile(input) || !Files.isReadable(input)) {
        throw ApplicationFailure.newNonRetryableFailure(
            "Input " + input + " of run " + runId + " is not a readable file", INVALID_INPUT);
      }
      try {
        return store.savePlan(runId, sink -> planner.plan(input, run.chunking().batchSize(), sink));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + input, e);
      }
    });
  }

  @Override
  public BatchResult processBatch(String runId, int batchIndex) {
    return store.findCheckpoint(runId, batchIndex).orElseGet(() -> {
      RegisteredRun run = run(runId);
      BatchRange range = store.findBatch(runId, batchIndex).orElseThrow(() ->
          ApplicationFailure.newNonRetryableFailure(
              "Run " + runId + " has no batch " + batchIndex + "; was it planned?", INVALID_INPUT));
      List<InputLine> lines;
      try {
        lines = reader.read(Path.of(run.inputPath()), range);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read batch " + batchIndex + " of " + run.inputPath(), e);
      }
      DocumentCleaner cleaner = cleaners.get(String.join(",", run.chunking().cleaningSteps()));
      ProcessedBatch processed = processor.process(lines, run.chunking().maxDocumentBytes(), cleaner);
      return store.saveBatch(runId, batchIndex, processed);
    });
  }

  @Override
  public void merge(String runId, int batchCount) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    MergeCursor resumeFrom = context.getHeartbeatDetails(MergeCursor.class).orElse(null);
    try {
      merger.merge(runId, batchCount, Path.of(run(runId).artifactPath()), resumeFrom, context::heartbeat);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the artifact of run " + runId, e);
    }
  }

  @Override
  public void finish(RunOutcome outcome) {
    if (outcome.state() == RunState.COMPLETED && outcome.counts().documentsOut() == 0) {
      try {
        AtomicFiles.writeEmpty(Path.of(outcome.artifactPath()));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the empty artifact of run " + outcome.runId(), e);
      }
    }
    store.runs().recordOutcome(outcome);
  }

  private static DocumentCleaner compileCleaner(String joinedSteps) {
    return DocumentCleaner.forSteps(joinedSteps.isEmpty() ? List.of() : List.of(joinedSteps.split(",")));
  }

  private RegisteredRun run(String runId) {
    return store.runs().find(runId).orElseThrow(() ->
        ApplicationFailure.newNonRetryableFailure("Run " + runId + " is not registered", INVALID_INPUT));
  }
}
