package dev.millrace.pipeline;

import dev.millrace.events.EventPublisher;
import dev.millrace.events.PipelineEvents;
import dev.millrace.pipeline.text.TextProcessor;
import dev.millrace.store.RegisteredRun;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pipeline's activities over the SQL store and the file system. Stateless apart from its
 * collaborators, so one instance serves every run a worker handles.
 */
public class PipelineActivitiesImpl implements PipelineActivities {
  /** Failure type of errors no retry can fix; the workflow fails with the message. */
  public static final String INVALID_INPUT = "InvalidInput";
  private static final int CACHED_PROCESSORS = 64;

  private final JdbcPipelineStore store;
  private final EventPublisher events;
  private final BatchPlanner planner = new BatchPlanner();
  private final BatchReader reader = new BatchReader();
  private final BatchProcessor processor = new BatchProcessor();
  private final ArtifactMerger merger;
  private final PipelineMetrics metrics;
  private final ContentHashCache<String, TextProcessor> processors;

  public PipelineActivitiesImpl(JdbcPipelineStore store, PipelineMetrics metrics, EventPublisher events) {
    this(store, metrics, events, ContentHashCache::sha256);
  }

  /** @param configurationHash hashes a run's processing configuration for the processor cache */
  public PipelineActivitiesImpl(JdbcPipelineStore store, PipelineMetrics metrics, EventPublisher events,
      Function<String, String> configurationHash) {
    this.store = store;
    this.events = events;
    this.merger = new ArtifactMerger(store);
    this.metrics = metrics;
    this.processors =
        new ContentHashCache<>(configurationHash, PipelineActivitiesImpl::compileProcessor, CACHED_PROCESSORS);
  }

  @Override
  public void register(PipelineRequest request) {
    try {
      TextProcessor.forSteps(request.chunking().cleaningSteps());
    } catch (IllegalArgumentException e) {
      throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), INVALID_INPUT);
    }
    store.runs().register(request);
    metrics.runReached(RunState.REGISTERED);
    events.publish(PipelineEvents.runStarted(request.runId()));
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
      DrainingHeartbeat heartbeat = new DrainingHeartbeat(Activity.getExecutionContext());
      try {
        return store.savePlan(runId, sink -> planner.plan(input, run.chunking().batchSize(), range -> {
          heartbeat.beat(null);
          sink.accept(range);
        }));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + input, e);
      }
    });
  }

  @Override
  public BatchResult processBatch(String runId, int batchIndex) {
    BatchResult result = store.findCheckpoint(runId, batchIndex).orElseGet(() -> {
      long started = System.nanoTime();
      RegisteredRun run = run(runId);
      BatchRange range = store.findBatch(runId, batchIndex).orElseThrow(() ->
          ApplicationFailure.newNonRetryableFailure(
              "Run " + runId + " has no batch " + batchIndex + "; was it planned?", INVALID_INPUT));
      List<InputLine> lines;
      try {
        lines = reader.read(Path.of(run.inputPath()), range, run.chunking().maxDocumentBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read batch " + batchIndex + " of " + run.inputPath(), e);
      }
      TextProcessor text = processors.get(String.join(",", run.chunking().cleaningSteps()));
      DrainingHeartbeat heartbeat = new DrainingHeartbeat(Activity.getExecutionContext());
      ProcessedBatch processed =
          processor.process(lines, run.chunking().maxDocumentBytes(), text, () -> heartbeat.beat(null));
      BatchResult saved = store.saveBatch(runId, batchIndex, processed);
      metrics.batchProcessed(processed, Duration.ofNanos(System.nanoTime() - started));
      return saved;
    });
    events.publish(PipelineEvents.batchCompleted(runId, batchIndex,
        result.documentsIn(), result.documentsOut(), result.documentsQuarantined()));
    return result;
  }

  @Override
  public void merge(String runId, int batchCount) {
    mergeFrom(runId, MergeCursor.START, batchCount);
  }

  @Override
  public MergeCursor appendToArtifact(String runId, MergeCursor from, int toBatch) {
    return streamIntoArtifact(runId, from, (heartbeat, start) ->
        merger.append(runId, start, toBatch, Path.of(run(runId).artifactPath()), heartbeat));
  }

  @Override
  public void mergeFrom(String runId, MergeCursor from, int batchCount) {
    streamIntoArtifact(runId, from, (heartbeat, start) -> {
      merger.merge(runId, batchCount, Path.of(run(runId).artifactPath()), start, heartbeat);
      return null;
    });
  }

  /** Runs a step of the merge from the last cursor an earlier attempt heartbeated, or else from {@code from}. */
  private <T> T streamIntoArtifact(String runId, MergeCursor from, MergeStep<T> step) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    MergeCursor start = context.getHeartbeatDetails(MergeCursor.class).orElse(from);
    try {
      return step.run(new DrainingHeartbeat(context)::beat, start);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the artifact of run " + runId, e);
    } catch (MissingBatchException e) {
      throw e.asNonRetryableFailure();
    }
  }

  private interface MergeStep<T> {
    T run(Consumer<MergeCursor> heartbeat, MergeCursor start) throws IOException;
  }

  @Override
  public void finish(RunOutcome outcome) {
    Path artifact = Path.of(outcome.artifactPath());
    try {
      if (outcome.state() != RunState.COMPLETED) {
        Files.deleteIfExists(AtomicFiles.partialOf(artifact));
      } else if (outcome.counts().documentsOut() == 0) {
        AtomicFiles.writeEmpty(artifact);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not settle the artifact of run " + outcome.runId(), e);
    }
    store.runs().recordOutcome(outcome);
    metrics.runReached(outcome.state());
    events.publish(PipelineEvents.runEnded(outcome));
  }

  @Override
  public void announce(String runId, String what, DocumentCounts counts, int sequence) {
    store.runs().recordState(runId, "paused".equals(what) ? RunState.PAUSED : RunState.RUNNING);
    events.publish(PipelineEvents.runReached(runId, what, counts, sequence));
  }

  private static TextProcessor compileProcessor(String joinedSteps) {
    return TextProcessor.forSteps(joinedSteps.isEmpty() ? List.of() : List.of(joinedSteps.split(",")));
  }

  private RegisteredRun run(String runId) {
    return store.runs().find(runId).orElseThrow(() ->
        ApplicationFailure.newNonRetryableFailure("Run " + runId + " is not registered", INVALID_INPUT));
  }
}
