package dev.millrace.pipeline;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Registers the run, plans it, keeps a sliding window of batches in flight, merges, and records the
 * outcome. Deterministic: time and concurrency come only from {@link Workflow}.
 *
 * <p>Pause and resume are updates rather than signals so that the caller learns at once, from the
 * validator, when the run is in a state that cannot be paused, and so that pause returns only once the
 * window has drained. Batches run in a detached cancellation scope: cancelling the run stops new
 * batches but lets the ones in flight commit or roll back whole, so nothing is half-written and the
 * recorded counts match the database.
 */
public class DocumentPipelineWorkflowImpl implements DocumentPipelineWorkflow {
  private static final RetryOptions RETRY =
      RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2.0)
          .setMaximumInterval(Duration.ofSeconds(30))
          .build();

  /** Change id of writing the table sink beside the artifact; runs without a table sink never record it. */
  private static final String TABLE_SINK_CHANGE = "table-sink";

  private final PipelineActivities activities =
      Workflow.newActivityStub(
          PipelineActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(PipelineDefaults.BATCH_TIMEOUT)
              .setHeartbeatTimeout(PipelineDefaults.HEARTBEAT_TIMEOUT)
              .setRetryOptions(RETRY)
              .build());

  private final PipelineActivities merging =
      Workflow.newActivityStub(
          PipelineActivities.class,
          streaming(RETRY).setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED).build());

  private final TableSinkActivities exporting =
      Workflow.newActivityStub(
          TableSinkActivities.class,
          streaming(RetryOptions.newBuilder(RETRY).setMaximumAttempts(PipelineDefaults.TABLE_EXPORT_ATTEMPTS).build())
              .build());

  private String runId;
  private RunState state = RunState.REGISTERED;
  private DocumentCounts counts = DocumentCounts.ZERO;
  private int batchesTotal;
  private int batchesCompleted;
  private long startedAtMillis;
  private long updatedAtMillis;
  private boolean pauseRequested;
  private int pauses;
  private List<SinkOutcome> sinks = List.of();

  @Override
  public PipelineResult run(PipelineRequest request) {
    runId = request.runId();
    RunPlan plan = resumeOrPlan(request);
    try {
      int next = processBatches(request.window(), plan.batchCount(), batchesCompleted);
      if (next < plan.batchCount()) {
        Workflow.continueAsNew(request.continuingAt(new PipelineCursor(next, plan, counts, startedAtMillis)));
      }
      writeSinks(request, plan.batchCount());
      activities.finish(new RunOutcome(runId, RunState.COMPLETED, counts, request.artifactPath(), null, sinks));
      moveTo(RunState.COMPLETED);
    } catch (ActivityFailure | CanceledFailure failure) {
      RunState end = CancellationScope.current().isCancelRequested() ? RunState.CANCELLED : RunState.FAILED;
      moveTo(end);
      RunOutcome outcome = new RunOutcome(runId, end, counts, request.artifactPath(),
          end == RunState.CANCELLED ? null : rootMessage(failure), sinks);
      Workflow.newDetachedCancellationScope(() -> activities.finish(outcome)).run();
      throw failure;
    }
    return new PipelineResult(progress(), request.artifactPath());
  }

  @Override
  public RunState pause() {
    pauseRequested = true;
    Workflow.await(() -> state != RunState.RUNNING && state != RunState.PLANNING && state != RunState.REGISTERED);
    return state;
  }

  @Override
  public void validatePause() {
    refuseUnless("paused", !state.isFinal() && state != RunState.MERGING);
  }

  @Override
  public RunState resume() {
    pauseRequested = false;
    Workflow.await(() -> state != RunState.PAUSED);
    return state;
  }

  @Override
  public void validateResume() {
    refuseUnless("resumed", !state.isFinal() && state != RunState.MERGING);
  }

  private void refuseUnless(String action, boolean allowed) {
    if (!allowed) {
      throw new IllegalStateException("Run " + runId + " is " + state + " and cannot be " + action);
    }
  }

  @Override
  public PipelineProgress progress() {
    return new PipelineProgress(
        runId, state, counts, batchesTotal, batchesCompleted, startedAtMillis, updatedAtMillis, sinks);
  }

  /**
   * Writes the JSONL artifact and, when the run has one, the table sink. The two run side by side and the
   * table's failure (after its retries) is only reported, so that either sink completes whatever the other
   * does; the artifact remains the run's own output, and its failure fails the run.
   */
  private void writeSinks(PipelineRequest request, int batchCount) {
    if (request.tableSink() == null
        || Workflow.getVersion(TABLE_SINK_CHANGE, Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
      if (counts.documentsOut() > 0) {
        moveTo(RunState.MERGING);
        merging.merge(runId, batchCount);
      }
      sinks = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null));
      return;
    }
    moveTo(RunState.MERGING);
    Promise<Void> artifact = counts.documentsOut() > 0
        ? Async.procedure(merging::merge, runId, batchCount)
        : Workflow.newPromise(null);
    SinkOutcome table = tableOutcome(Async.function(exporting::exportToTable, runId, batchCount, request.tableSink()));
    try {
      artifact.get();
    } catch (ActivityFailure failure) {
      if (!CancellationScope.current().isCancelRequested()) {
        sinks = List.of(SinkOutcome.failed(SinkOutcome.ARTIFACT, sinkFailureReason(failure)), table);
      }
      throw failure;
    }
    sinks = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null), table);
  }

  private static SinkOutcome tableOutcome(Promise<Long> rows) {
    try {
      return SinkOutcome.ok(SinkOutcome.TABLE, rows.get() + " rows");
    } catch (ActivityFailure failure) {
      return SinkOutcome.failed(SinkOutcome.TABLE, sinkFailureReason(failure));
    }
  }

  private RunPlan resumeOrPlan(PipelineRequest request) {
    PipelineCursor cursor = request.cursor();
    RunPlan plan;
    if (cursor == null) {
      startedAtMillis = Workflow.currentTimeMillis();
      activities.register(request);
      moveTo(RunState.PLANNING);
      plan = activities.plan(runId);
    } else {
      startedAtMillis = cursor.startedAtMillis();
      plan = cursor.plan();
      counts = cursor.counts();
      batchesCompleted = cursor.nextBatch();
    }
    batchesTotal = plan.batchCount();
    moveTo(RunState.RUNNING);
    return plan;
  }

  /** Runs batches from {@code next} with at most {@code window} in flight; returns the first not started. */
  private int processBatches(int window, int total, int next) {
    List<Promise<BatchResult>> inFlight = new ArrayList<>();
    CancellationScope root = CancellationScope.current();
    while (true) {
      while (inFlight.size() < window && next < total && mayStartBatches(root)) {
        inFlight.add(startBatch(next));
        next++;
      }
      if (inFlight.isEmpty()) {
        if (pauseRequested && next < total && !root.isCancelRequested()) {
          waitWhilePaused();
          continue;
        }
        if (root.isCancelRequested()) {
          throw new CanceledFailure("Run " + runId + " was cancelled after " + batchesCompleted + " batches");
        }
        return next;
      }
      Promise.anyOf(inFlight).get();
      collectCompleted(inFlight);
    }
  }

  private boolean mayStartBatches(CancellationScope root) {
    return !pauseRequested && !root.isCancelRequested() && !historyNearLimit();
  }

  /** Batches run detached, so that a cancelled run lets them commit or roll back whole. */
  private Promise<BatchResult> startBatch(int batchIndex) {
    List<Promise<BatchResult>> started = new ArrayList<>(1);
    Workflow.newDetachedCancellationScope(() -> started.add(Async.function(activities::processBatch, runId, batchIndex)))
        .run();
    return started.get(0);
  }

  private void waitWhilePaused() {
    pauses++;
    moveTo(RunState.PAUSED);
    activities.announce(runId, "paused", counts, pauses);
    Workflow.await(() -> !pauseRequested);
    moveTo(RunState.RUNNING);
    activities.announce(runId, "resumed", counts, pauses);
  }

  private void collectCompleted(List<Promise<BatchResult>> inFlight) {
    Iterator<Promise<BatchResult>> it = inFlight.iterator();
    while (it.hasNext()) {
      Promise<BatchResult> promise = it.next();
      if (promise.isCompleted()) {
        counts = counts.plus(promise.get());
        batchesCompleted++;
        it.remove();
      }
    }
    updatedAtMillis = Workflow.currentTimeMillis();
  }

  /** Options of an activity that streams every stored batch and heartbeats its cursor. */
  private static ActivityOptions.Builder streaming(RetryOptions retry) {
    return ActivityOptions.newBuilder()
        .setStartToCloseTimeout(Duration.ofHours(6))
        .setHeartbeatTimeout(PipelineDefaults.HEARTBEAT_TIMEOUT)
        .setRetryOptions(retry);
  }

  private static boolean historyNearLimit() {
    WorkflowInfo info = Workflow.getInfo();
    return info.isContinueAsNewSuggested() || info.getHistoryLength() > PipelineDefaults.MAX_HISTORY_EVENTS;
  }

  private void moveTo(RunState next) {
    state = next;
    updatedAtMillis = Workflow.currentTimeMillis();
  }

  private static String rootMessage(Throwable failure) {
    return rootCause(failure).getMessage();
  }

  /** The root cause's own words, without the type and retry flags an application failure's message adds. */
  private static String sinkFailureReason(Throwable failure) {
    Throwable root = rootCause(failure);
    return root instanceof ApplicationFailure application ? application.getOriginalMessage() : root.getMessage();
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
