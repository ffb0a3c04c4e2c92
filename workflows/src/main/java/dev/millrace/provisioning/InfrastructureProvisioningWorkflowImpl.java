package dev.millrace.provisioning;

import dev.millrace.operations.Failures;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Creates each step after registering its compensation. A failed step or the request's deadline cancels
 * the steps' scope; the registered compensations then run in reverse order in a detached scope, so
 * cancelling the workflow cannot interrupt the clean-up.
 */
public final class InfrastructureProvisioningWorkflowImpl implements InfrastructureProvisioningWorkflow {
  private final CloudActivities cloud = Workflow.newActivityStub(CloudActivities.class,
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(ProvisioningDefaults.STEP_TIMEOUT)
          .setRetryOptions(RetryOptions.newBuilder()
              .setMaximumInterval(ProvisioningDefaults.STEP_MAX_RETRY_INTERVAL)
              .setDoNotRetry(ProvisioningDefaults.REFUSED)
              .build())
          .build());
  private final CloudActivities compensations = Workflow.newActivityStub(CloudActivities.class,
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(ProvisioningDefaults.STEP_TIMEOUT)
          .setRetryOptions(RetryOptions.newBuilder()
              .setMaximumInterval(ProvisioningDefaults.STEP_MAX_RETRY_INTERVAL)
              .setMaximumAttempts(ProvisioningDefaults.COMPENSATION_ATTEMPTS)
              .build())
          .build());

  private String environmentId;
  private ProvisioningState state = ProvisioningState.PROVISIONING;
  private final Map<Step, StepState> steps = new EnumMap<>(Step.class);
  private final Map<Step, String> resources = new EnumMap<>(Step.class);
  private final Deque<Step> compensationStack = new ArrayDeque<>();
  private String failure;
  private boolean deadlineMissed;

  @Override
  public ProvisioningStatus provision(ProvisioningRequest request) {
    environmentId = request.environmentId();
    for (Step step : Step.values()) {
      steps.put(step, StepState.PENDING);
    }
    CancellationScope work = Workflow.newCancellationScope(() -> createAll(request));
    CancellationScope deadline = Workflow.newCancellationScope(() ->
        Workflow.newTimer(Duration.ofSeconds(request.deadlineSeconds())).thenApply(fired -> {
          deadlineMissed = true;
          work.cancel("deadline of " + request.deadlineSeconds() + "s missed");
          return fired;
        }));
    deadline.run();
    try {
      work.run();
      deadline.cancel();
      state = ProvisioningState.PROVISIONED;
    } catch (TemporalFailure e) {
      deadline.cancel();
      failure = deadlineMissed ? "deadline of " + request.deadlineSeconds() + "s missed" : Failures.rootMessage(e);
      state = ProvisioningState.COMPENSATING;
      Workflow.newDetachedCancellationScope(this::compensate).run();
      state = ProvisioningState.ROLLED_BACK;
    }
    return status();
  }

  private void createAll(ProvisioningRequest request) {
    for (Step step : Step.values()) {
      compensationStack.push(step);
      steps.put(step, StepState.CREATING);
      resources.put(step, cloud.create(request.environmentId(), request.region(), step));
      steps.put(step, StepState.CREATED);
    }
  }

  private void compensate() {
    while (!compensationStack.isEmpty()) {
      Step step = compensationStack.pop();
      steps.put(step, StepState.COMPENSATING);
      compensations.delete(environmentId, step);
      resources.remove(step);
      steps.put(step, StepState.COMPENSATED);
    }
  }

  @Override
  public ProvisioningStatus status() {
    return new ProvisioningStatus(environmentId, state, Map.copyOf(steps), Map.copyOf(resources), failure);
  }
}
