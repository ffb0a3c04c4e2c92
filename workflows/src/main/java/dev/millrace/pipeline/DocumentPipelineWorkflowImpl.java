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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the run, plans it, keeps a sliding window of batches in flight, merges, and records the
 * outcome. Deterministic: time and concurrency come only from {@link Workflow}.
 *
 * <p>Pause and resume are updates rather than signals so that the caller learns at once, from the
 * validator, when the run is in a state that cannot be paused, and so that pause returns only once the
 * window has drained. Batches run in a detached cancellation scope: cancelling the run stops new
 * batches but lets the ones in flight commit or roll back whole, so nothing is half-written and the
 * recorded counts match the database.
 *
 * <p>Since the change {@value #APPEND_AS_BATCHES_FINISH}, finished batches are appended to the partial
 * artifact while later ones still run, a few at a time and in order, so that the merge at the end has only
 * the last few left to append; one append at a time, and it drains with the window.
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
  /** Change id of appending finished batches to the artifact while later ones run. */
  private static final String APPEND_AS_BATCHES_FINISH = "append-as-batches-finish";

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
  private boolean appendsAsBatchesFinish;
  private MergeCursor merged = MergeCursor.START;
  private Promise<MergeCursor> appending;

  @Override
  public PipelineResult run(PipelineRequest request) {
    runId = request.runId();
    RunPlan plan = resumeOrPlan(request);
    appendsAsBatchesFinish =
        Workflow.getVersion(APPEND_AS_BATCHES_FINISH, Workflow.DEFAULT_VERSION, 1) != Workflow.DEFAULT_VERSION;
    try {
      int next = processBatches(request.window(), plan.batchCount(), batchesCompleted);
      if (next < plan.batchCount()) {
        Workflow.continueAsNew(request.continuingAt(new PipelineCursor(next, plan, counts, startedAtMillis, merged)));
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
        mergeRest(batchCount).get();
      }
      sinks = List.of(SinkOutcome.ok(SinkOutcome.ARTIFACT, null));
      return;
    }
    moveTo(RunState.MERGING);
    Promise<Void> artifact = counts.documentsOut() > 0 ? mergeRest(batchCount) : Workflow.newPromise(null);
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

  /** Appends what the run has not appended yet, or every batch on a run from before appends, and publishes. */
  private Promise<Void> mergeRest(int batchCount) {
    return appendsAsBatchesFinish
        ? Async.procedure(merging::mergeFrom, runId, merged, batchCount)
        : Async.procedure(merging::merge, runId, batchCount);
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
      merged = cursor.merged() == null ? MergeCursor.START : cursor.merged();
    }
    batchesTotal = plan.batchCount();
    moveTo(RunState.RUNNING);
    return plan;
  }

  /**
   * Runs batches from {@code next} with at most {@code window} in flight, appending finished ones to the
   * artifact as they gather; returns the first batch not started, once nothing is in flight.
   */
  private int processBatches(int window, int total, int next) {
    Map<Integer, Promise<BatchResult>> inFlight = new LinkedHashMap<>();
    CancellationScope root = CancellationScope.current();
    while (true) {
      while (inFlight.size() < window && next < total && mayStartBatches(root)) {
        inFlight.put(next, startBatch(next));
        next++;
      }
      appendIfDue(inFlight.isEmpty() ? next : inFlight.keySet().iterator().next(), root);
      if (inFlight.isEmpty() && appending == null) {
        if (pauseRequested && next < total && !root.isCancelRequested()) {
          waitWhilePaused();
          continue;
        }
        if (root.isCancelRequested()) {
          throw new CanceledFailure("Run " + runId + " was cancelled after " + batchesCompleted + " batches");
        }
        return next;
      }
      List<Promise<?>> awaited = new ArrayList<>(inFlight.values());
      if (appending != null) {
        awaited.add(appending);
      }
      Promise.anyOf(awaited.toArray(Promise[]::new)).get();
      collectCompleted(inFlight);
      collectAppended();
    }
  }

  /**
   * Starts appending the batches before {@code finishedUpTo}, every one of which has finished, once enough
   * of them have gathered and no append is running. Detached, as batches are, so that it drains whole.
   */
  private void appendIfDue(int finishedUpTo, CancellationScope root) {
    if (!appendsAsBatchesFinish || appending != null || !mayStartBatches(root)
        || finishedUpTo - merged.nextBatch() < PipelineDefaults.APPEND_EVERY_BATCHES) {
      return;
    }
    MergeCursor from = merged;
    Workflow.newDetachedCancellationScope(
        () -> appending = Async.function(merging::appendToArtifact, runId, from, finishedUpTo)).run();
  }

  private void collectAppended() {
    if (appending != null && appending.isCompleted()) {
      merged = appending.get();
      appending = null;
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

  private void collectCompleted(Map<Integer, Promise<BatchResult>> inFlight) {
    Iterator<Promise<BatchResult>> it = inFlight.values().iterator();
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
