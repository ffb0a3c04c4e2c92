package dev.millrace.client;

import dev.millrace.pipeline.DocumentPipelineWorkflow;
import dev.millrace.pipeline.PipelineDefaults;
import dev.millrace.pipeline.PipelineProgress;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.pipeline.RunState;
import dev.millrace.store.RegisteredRun;
import dev.millrace.store.RunRegistry;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Starts, follows and controls document pipeline runs; the CLI is built on it and applications can use
 * it directly. A run is registered in the database before its workflow starts: the registry's primary
 * key takes the run id (so a second start is refused even if Temporal has forgotten the first), status
 * can answer before any worker has picked the run up, and a run can be resumed from its checkpoints on a
 * fresh Temporal service. The workflow id is the run id, so Temporal refuses a duplicate too.
 */
public final class MillraceClient {
  private static final int START_ATTEMPTS = 5;
  private static final Duration START_RETRY_PAUSE = Duration.ofSeconds(1);
  /** Answers of a service that will refuse the start again; anything else (overload, timeouts) is retried. */
  private static final Set<Status.Code> REFUSED = EnumSet.of(Status.Code.INVALID_ARGUMENT, Status.Code.PERMISSION_DENIED,
      Status.Code.UNAUTHENTICATED, Status.Code.NOT_FOUND, Status.Code.FAILED_PRECONDITION, Status.Code.UNIMPLEMENTED);

  private final WorkflowClient client;
  private final RunRegistry runs;
  private final String taskQueue;

  public MillraceClient(WorkflowClient client, RunRegistry runs, String taskQueue) {
    this.client = client;
    this.runs = runs;
    this.taskQueue = taskQueue;
  }

  public MillraceClient(WorkflowClient client, RunRegistry runs) {
    this(client, runs, PipelineDefaults.TASK_QUEUE);
  }

  /** Registers the run, then starts its workflow. @throws RunConflictException if the run id is taken */
  public String start(PipelineRequest request) {
    if (!runs.register(request)) {
      RegisteredRun existing = runs.find(request.runId()).orElseThrow();
      throw new RunConflictException("Run " + request.runId() + " already exists (" + existing.state()
          + ", registered " + existing.createdAt() + "); use another --run-id, or --resume " + request.runId()
          + " to continue it", null);
    }
    startRegistered(request);
    return request.runId();
  }

  /**
   * Starts the workflow of a run this client has just registered. An overloaded or unreachable Temporal
   * service must not leave the run registered without a workflow, so a start that failed for any reason but
   * a refusal is tried again (under heavy load the SDK's own retryer can even fail with "invalid expiration"
   * once its deadline has passed); if an earlier attempt did reach the service, the retry finds the run
   * already started, which is success since the registration made this client the only one to start it.
   */
  private void startRegistered(PipelineRequest request) {
    for (int attempt = 1; ; attempt++) {
      try {
        startWorkflow(request, WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE);
        return;
      } catch (RunConflictException e) {
        if (attempt == 1) {
          throw e;
        }
        return;
      } catch (WorkflowServiceException e) {
        if (attempt == START_ATTEMPTS || isRefusal(e)) {
          throw new RunStartException("Run " + request.runId() + " is registered but its workflow could not be"
              + " started after " + attempt + " attempt(s): " + describe(e) + "; start it later with --resume "
              + request.runId(), e);
        }
        pauseBeforeRetry(attempt);
      }
    }
  }

  private static boolean isRefusal(WorkflowServiceException e) {
    return e.getCause() instanceof StatusRuntimeException status && REFUSED.contains(status.getStatus().getCode());
  }

  private static String describe(WorkflowServiceException e) {
    return e.getCause() instanceof StatusRuntimeException status ? status.getStatus().toString() : String.valueOf(e.getCause());
  }

  private static void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(START_RETRY_PAUSE.toMillis() * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting a run", e);
    }
  }

  /**
   * Starts a registered run again with its stored parameters, on whatever Temporal service is there now;
   * batches that have a checkpoint are not processed again.
   *
   * @return the stored request the run continues with
   * @throws RunNotFoundException if the run was never registered
   * @throws RunConflictException if the run completed or its workflow is still running
   */
  public PipelineRequest resumeFromCheckpoints(String runId) {
    RegisteredRun run = runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId, null));
    if (run.state() == RunState.COMPLETED) {
      throw new RunConflictException(
          "Run " + runId + " already completed; its artifact is " + run.artifactPath(), null);
    }
    startWorkflow(run.toRequest(), WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE);
    return run.toRequest();
  }

  private void startWorkflow(PipelineRequest request, WorkflowIdReusePolicy reusePolicy) {
    WorkflowOptions options = WorkflowOptions.newBuilder()
        .setWorkflowId(request.runId())
        .setTaskQueue(taskQueue)
        .setWorkflowIdReusePolicy(reusePolicy)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .build();
    DocumentPipelineWorkflow workflow = client.newWorkflowStub(DocumentPipelineWorkflow.class, options);
    try {
      WorkflowClient.start(workflow::run, request);
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw new RunConflictException("Run " + request.runId() + " is already running", e);
    }
  }

  /**
   * The run's progress: from the registry while no worker has taken the run up or when Temporal has
   * forgotten it, otherwise from the workflow's query.
   *
   * @throws RunNotFoundException if neither the registry nor Temporal knows the run
   */
  public PipelineProgress progress(String runId) {
    Optional<RegisteredRun> registered = runs.find(runId);
    if (registered.isPresent() && registered.get().state() == RunState.REGISTERED) {
      return registered.get().toProgress();
    }
    try {
      return client.newWorkflowStub(DocumentPipelineWorkflow.class, runId).progress();
    } catch (WorkflowNotFoundException e) {
      return registered.map(RegisteredRun::toProgress).orElseThrow(() -> new RunNotFoundException(runId, e));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND && registered.isPresent()) {
        return registered.get().toProgress();
      }
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

  /** Registered runs, newest first, optionally only those in one state. */
  public List<RegisteredRun> list(Optional<RunState> state, int limit) {
    return runs.list(state, limit);
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
