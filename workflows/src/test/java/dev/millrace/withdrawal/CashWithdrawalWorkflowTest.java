package dev.millrace.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

class CashWithdrawalWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(CashWithdrawalWorkflowImpl.class)
      .setDoNotStart(true)
      .build();

  private static final WithdrawalRequest REQUEST = new WithdrawalRequest("w-1", "atm-7", "acc-1", 20_000, 120);

  @Test
  void aConfirmedDispenseIsCaptured(TestWorkflowEnvironment env, Worker worker, CashWithdrawalWorkflow workflow) {
    WithdrawalActivities bank = bank(worker);
    env.start();
    WorkflowClient.start(workflow::withdraw, REQUEST);
    awaitConfirmation(workflow);

    workflow.confirmDispensed();
    WithdrawalStatus result = WorkflowStub.fromTyped(workflow).getResult(WithdrawalStatus.class);

    assertThat(result.state()).isEqualTo(WithdrawalState.CAPTURED);
    assertThat(result.holdId()).isEqualTo("hold-w-1");
    InOrder order = inOrder(bank);
    order.verify(bank).authorizeHold("w-1", "acc-1", 20_000);
    order.verify(bank).dispense("w-1", "atm-7", 20_000);
    order.verify(bank).capture("w-1");
    verify(bank, never()).releaseHold(anyString());
  }

  @Test
  void anUnconfirmedDispenseReleasesTheHoldAfterTheTimeout(
      TestWorkflowEnvironment env, Worker worker, CashWithdrawalWorkflow workflow) {
    WithdrawalActivities bank = bank(worker);
    env.start();

    WithdrawalStatus result = workflow.withdraw(REQUEST);

    assertThat(result.state()).isEqualTo(WithdrawalState.RELEASED);
    assertThat(result.detail()).isEqualTo("dispense not confirmed within 120s");
    verify(bank).releaseHold("w-1");
    verify(bank, never()).capture(anyString());
  }

  @Test
  void aReportedDispenseFailureReleasesTheHold(
      TestWorkflowEnvironment env, Worker worker, CashWithdrawalWorkflow workflow) {
    WithdrawalActivities bank = bank(worker);
    env.start();
    WorkflowClient.start(workflow::withdraw, REQUEST);
    awaitConfirmation(workflow);

    workflow.reportDispenseFailure("cassette empty");
    WithdrawalStatus result = WorkflowStub.fromTyped(workflow).getResult(WithdrawalStatus.class);

    assertThat(result.state()).isEqualTo(WithdrawalState.RELEASED);
    assertThat(result.detail()).isEqualTo("ATM could not dispense: cassette empty");
    verify(bank).releaseHold("w-1");
    verify(bank, never()).capture(anyString());
  }

  @Test
  void aRefusedHoldDispensesNothing(TestWorkflowEnvironment env, Worker worker, CashWithdrawalWorkflow workflow) {
    WithdrawalActivities bank = bank(worker);
    when(bank.authorizeHold("w-1", "acc-1", 20_000))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("insufficient funds", WithdrawalDefaults.REFUSED));
    env.start();

    WithdrawalStatus result = workflow.withdraw(REQUEST);

    assertThat(result.state()).isEqualTo(WithdrawalState.DECLINED);
    assertThat(result.detail()).isEqualTo("insufficient funds");
    verify(bank, never()).dispense(anyString(), anyString(), org.mockito.ArgumentMatchers.anyLong());
  }

  @Test
  void aDispenseCommandThatCannotBeDeliveredReleasesTheHold(
      TestWorkflowEnvironment env, Worker worker, CashWithdrawalWorkflow workflow) {
    WithdrawalActivities bank = bank(worker);
    doThrow(ApplicationFailure.newNonRetryableFailure("ATM offline", WithdrawalDefaults.REFUSED))
        .when(bank).dispense("w-1", "atm-7", 20_000);
    env.start();

    WithdrawalStatus result = workflow.withdraw(REQUEST);

    assertThat(result.state()).isEqualTo(WithdrawalState.RELEASED);
    verify(bank).releaseHold("w-1");
  }

  private static void awaitConfirmation(CashWithdrawalWorkflow workflow) {
    await().atMost(Duration.ofSeconds(30))
        .until(() -> workflow.status().state() == WithdrawalState.AWAITING_CONFIRMATION);
  }

  private static WithdrawalActivities bank(Worker worker) {
    WithdrawalActivities bank = mock(WithdrawalActivities.class, withSettings().withoutAnnotations());
    when(bank.authorizeHold(anyString(), anyString(), org.mockito.ArgumentMatchers.anyLong()))
        .thenAnswer(call -> "hold-" + call.getArgument(0));
    worker.registerActivitiesImplementations(bank);
    return bank;
  }
}
