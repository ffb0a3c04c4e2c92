package dev.millrace.client;

import dev.millrace.pipeline.DocumentPipelineWorkflow;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.pipeline.RunState;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Starts, follows and controls document pipeline runs; the CLI is built on it and applications can use
 * it directly. The workflow id is the run id, so a second start of the same run is refused by Temporal
 * itself rather than by a check that could race.
 */
public final class MillraceClient {
  private final WorkflowClient client;
  private final String taskQueue;

  public MillraceClient(WorkflowClient client, String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  public MillraceClient(WorkflowClient client) {
    this(client, PipelineDefaults.TASK_QUEUE);
  }

  /** @throws RunConflictException if a run with this id exists already */
  public String start(PipelineRequest request) {
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(request.runId())
        .setTaskQueue(taskQueue)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .build();
    DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::run, request);
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw new RunConflictException("Run " + request.runId() + " already exists; use another --run-id", e);
    }
    return request.runId();
  }

  /** @throws RunNotFoundException if Temporal does not know the run */
  public PipelineProgress progress(String runId) {
    try {
      return client.newWorkflowStub(DocumentPipelineWorkflow.class, runId).progress();
    } catch (WorkflowNotFoundException e) {
      throw new RunNotFoundException(runId, e);
    } catch (StatusRuntimeException e) {
      throw notFoundOr(runId, e);
    }
  }

  /** Pauses the run once its in-flight batches have drained; returns the state it reached. */
  public RunState pause(String runId) {
    requireActive(runId, "paused");
    return update(runId, "paused", DocumentPipelineWorkflow::pause);
  }

  /** Lets a paused run go on; resuming a running run changes nothing. */
  public RunState resume(String runId) {
    requireActive(runId, "resumed");
    return update(runId, "resumed", DocumentPipelineWorkflow::resume);
  }

  /** Asks the run to stop: batches in flight finish, no new ones start, the run ends CANCELLED. */
  public void cancel(String runId) {
    requireActive(runId, "cancelled");
    stub(runId).cancel();
  }

  /** Completes with the run's result, or exceptionally with the reason it failed. */
  public CompletableFuture<PipelineResult> result(String runId) {
    return stub(runId).getResultAsync(PipelineResult.class);
  }

  /** The run's event history as Temporal's JSON, the input of a replay test. */
  public String history(String runId) {
    try {
      return client.fetchHistory(runId).toJson(true);
    } catch (StatusRuntimeException e) {
      throw notFoundOr(runId, e);
    }
  }

  private void requireActive(String runId, String action) {
    RunState state = progress(runId).state();
    if (state.isFinal()) {
      throw new RunConflictException("Run " + runId + " has already ended " + state + " and cannot be " + action, null);
    }
  }

  private RunState update(String runId, String action, Function<DocumentPipelineWorkflow, RunState> call) {
    try {
      return call.apply(client.newWorkflowStub(DocumentPipelineWorkflow.class, runId));
    } catch (WorkflowUpdateException e) {
      Throwable reason = e.getCause() != null ? e.getCause() : e;
      throw new RunConflictException("Run " + runId + " cannot be " + action + ": " + reason.getMessage(), e);
    }
  }

  private WorkflowStub stub(String runId) {
    return client.newUntypedWorkflowStub(runId);
  }

  private static RuntimeException notFoundOr(String runId, StatusRuntimeException e) {
    return e.getStatus().getCode() == Status.Code.NOT_FOUND ? new RunNotFoundException(runId, e) : e;
  }
}
