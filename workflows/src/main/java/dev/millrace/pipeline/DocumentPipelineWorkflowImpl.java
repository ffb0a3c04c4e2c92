package dev.millrace.pipeline;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
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
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofHours(6))
              .setHeartbeatTimeout(PipelineDefaults.HEARTBEAT_TIMEOUT)
              .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
              .setRetryOptions(RETRY)
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

  @Override
  public PipelineResult run(PipelineRequest request) {
    runId = request.runId();
    RunPlan plan = resumeOrPlan(request);
    try {
      int next = processBatches(request.window(), plan.batchCount(), batchesCompleted);
      if (next < plan.batchCount()) {
        Workflow.continueAsNew(request.continuingAt(new PipelineCursor(next, plan, counts, startedAtMillis)));
      }
      if (counts.documentsOut() > 0) {
        moveTo(RunState.MERGING);
        merging.merge(runId, plan.batchCount());
      }
      activities.finish(new RunOutcome(runId, RunState.COMPLETED, counts, request.artifactPath(), null));
      moveTo(RunState.COMPLETED);
    } catch (ActivityFailure | CanceledFailure failure) {
      RunState end = CancellationScope.current().isCancelRequested() ? RunState.CANCELLED : RunState.FAILED;
      moveTo(end);
      RunOutcome outcome = new RunOutcome(runId, end, counts, request.artifactPath(),
          end == RunState.CANCELLED ? null : rootMessage(failure));
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
        runId, state, counts, batchesTotal, batchesCompleted, startedAtMillis, updatedAtMillis);
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

  private static boolean historyNearLimit() {
    WorkflowInfo info = Workflow.getInfo();
    return info.isContinueAsNewSuggested() || info.getHistoryLength() > PipelineDefaults.MAX_HISTORY_EVENTS;
  }

  private void moveTo(RunState next) {
    state = next;
    updatedAtMillis = Workflow.currentTimeMillis();
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
