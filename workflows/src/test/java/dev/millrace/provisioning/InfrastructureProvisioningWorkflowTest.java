package dev.millrace.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.InOrder;

class InfrastructureProvisioningWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(InfrastructureProvisioningWorkflowImpl.class)
      .setDoNotStart(true)
      .build();

  private static final ProvisioningRequest REQUEST = new ProvisioningRequest("env-1", "eu-west", 600);

  @Test
  void createsEveryStepInOrderAndCompensatesNothing(
      TestWorkflowEnvironment env, Worker worker, InfrastructureProvisioningWorkflow workflow) {
    CloudActivities cloud = cloud(worker);
    env.start();

    ProvisioningStatus result = workflow.provision(REQUEST);

    assertThat(result.state()).isEqualTo(ProvisioningState.PROVISIONED);
    assertThat(result.steps()).allSatisfy((step, state) -> assertThat(state).isEqualTo(StepState.CREATED));
    assertThat(result.resources()).containsEntry(Step.DNS, "env-1-dns").hasSize(4);
    InOrder order = inOrder(cloud);
    for (Step step : Step.values()) {
      order.verify(cloud).create("env-1", "eu-west", step);
    }
    verify(cloud, never()).delete(anyString(), any());
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aFailedStepCompensatesItselfAndEveryEarlierStepInReverseOrder(
      Step failing, TestWorkflowEnvironment env, Worker worker, InfrastructureProvisioningWorkflow workflow) {
    CloudActivities cloud = cloud(worker);
    when(cloud.create("env-1", "eu-west", failing))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("quota exceeded", ProvisioningDefaults.REFUSED));
    env.start();

    ProvisioningStatus result = workflow.provision(REQUEST);

    assertThat(result.state()).isEqualTo(ProvisioningState.ROLLED_BACK);
    assertThat(result.failure()).isEqualTo("quota exceeded");
    assertThat(result.resources()).isEmpty();
    assertRolledBackUpTo(cloud, failing, result);
  }

  @Test
  void missingTheDeadlineCancelsTheCurrentStepAndCompensatesInReverseOrder(
      TestWorkflowEnvironment env, Worker worker, InfrastructureProvisioningWorkflow workflow) {
    CloudActivities cloud = cloud(worker);
    when(cloud.create("env-1", "eu-west", Step.SERVICE))
        .thenThrow(ApplicationFailure.newFailure("capacity not yet available", "Busy"));
    env.start();

    ProvisioningStatus result = workflow.provision(REQUEST);

    assertThat(result.state()).isEqualTo(ProvisioningState.ROLLED_BACK);
    assertThat(result.failure()).isEqualTo("deadline of 600s missed");
    verify(cloud, times(1)).create("env-1", "eu-west", Step.DATABASE);
    assertRolledBackUpTo(cloud, Step.SERVICE, result);
  }

  @Test
  void aCompensationThatFailsIsRetriedUntilItSucceeds(
      TestWorkflowEnvironment env, Worker worker, InfrastructureProvisioningWorkflow workflow) {
    CloudActivities cloud = cloud(worker);
    when(cloud.create("env-1", "eu-west", Step.DNS))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("zone locked", ProvisioningDefaults.REFUSED));
    doThrow(ApplicationFailure.newFailure("api unavailable", "Unavailable")).doNothing()
        .when(cloud).delete("env-1", Step.DATABASE);
    env.start();

    ProvisioningStatus result = workflow.provision(REQUEST);

    assertThat(result.state()).isEqualTo(ProvisioningState.ROLLED_BACK);
    verify(cloud, times(2)).delete("env-1", Step.DATABASE);
    assertRolledBackUpTo(cloud, Step.DNS, result);
  }

  private static void assertRolledBackUpTo(CloudActivities cloud, Step failing, ProvisioningStatus result) {
    List<Step> attempted = Arrays.asList(Step.values()).subList(0, failing.ordinal() + 1);
    InOrder order = inOrder(cloud);
    for (Step step : attempted) {
      order.verify(cloud, atLeastOnce()).create(eq("env-1"), eq("eu-west"), eq(step));
    }
    for (int i = attempted.size() - 1; i >= 0; i--) {
      order.verify(cloud, atLeastOnce()).delete("env-1", attempted.get(i));
    }
    for (Step later : Arrays.asList(Step.values()).subList(failing.ordinal() + 1, Step.values().length)) {
      verify(cloud, never()).create("env-1", "eu-west", later);
      verify(cloud, never()).delete("env-1", later);
      assertThat(result.steps()).containsEntry(later, StepState.PENDING);
    }
    attempted.forEach(step -> assertThat(result.steps()).containsEntry(step, StepState.COMPENSATED));
  }

  private static CloudActivities cloud(Worker worker) {
    CloudActivities cloud = mock(CloudActivities.class, withSettings().withoutAnnotations());
    when(cloud.create(anyString(), anyString(), any())).thenAnswer(call ->
        call.getArgument(0) + "-" + call.getArgument(2).toString().toLowerCase());
    worker.registerActivitiesImplementations(cloud);
    return cloud;
  }
}
