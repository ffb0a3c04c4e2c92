package dev.millrace.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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

class PaymentTransferWorkflowTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(PaymentTransferWorkflowImpl.class)
      .setDoNotStart(true)
      .build();

  private static TransferRequest transfer(long amount) {
    return new TransferRequest("tx-1", "alice", "bob", amount, "EUR", 10_000, 3_600);
  }

  @Test
  void aSmallTransferIsValidatedScreenedDebitedCreditedAndNotifiedInOrder(
      TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    env.start();

    TransferStatus result = workflow.transfer(transfer(5_000));

    assertThat(result.state()).isEqualTo(TransferState.COMPLETED);
    assertThat(result.debited()).isTrue();
    assertThat(result.credited()).isTrue();
    assertThat(result.refunded()).isFalse();
    InOrder order = inOrder(bank);
    order.verify(bank).validate(transfer(5_000));
    order.verify(bank).screen(transfer(5_000));
    order.verify(bank).debit("tx-1", "alice", 5_000);
    order.verify(bank).credit("tx-1", "bob", 5_000);
    order.verify(bank).notify("tx-1", TransferState.COMPLETED, "credited bob");
  }

  @Test
  void aSanctionedPartyIsBlockedBeforeAnyMoneyMoves(
      TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    when(bank.screen(any())).thenReturn(new ScreeningResult(false, "bob is on the sanctions list"));
    env.start();

    TransferStatus result = workflow.transfer(transfer(5_000));

    assertThat(result.state()).isEqualTo(TransferState.BLOCKED);
    assertThat(result.detail()).isEqualTo("bob is on the sanctions list");
    verify(bank, never()).debit(anyString(), anyString(), anyLong());
    verify(bank).notify("tx-1", TransferState.BLOCKED, "bob is on the sanctions list");
  }

  @Test
  void aFailedCreditIsRefundedWithTheSameReference(
      TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    doThrow(ApplicationFailure.newNonRetryableFailure("account bob is closed", PaymentDefaults.REFUSED))
        .when(bank).credit("tx-1", "bob", 5_000);
    env.start();

    TransferStatus result = workflow.transfer(transfer(5_000));

    assertThat(result.state()).isEqualTo(TransferState.REFUNDED);
    assertThat(result.credited()).isFalse();
    assertThat(result.refunded()).isTrue();
    assertThat(result.detail()).isEqualTo("credit failed: account bob is closed");
    InOrder order = inOrder(bank);
    order.verify(bank).debit("tx-1", "alice", 5_000);
    order.verify(bank).credit("tx-1", "bob", 5_000);
    order.verify(bank).refund("tx-1", "alice", 5_000);
  }

  @Test
  void aLargeTransferWaitsForApprovalAndThenCredits(
      TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    env.start();
    WorkflowClient.start(workflow::transfer, transfer(50_000));
    await().atMost(Duration.ofSeconds(30)).until(() -> workflow.status().state() == TransferState.AWAITING_APPROVAL);
    verify(bank, never()).credit(anyString(), anyString(), anyLong());

    workflow.approve("carol");
    TransferStatus result = WorkflowStub.fromTyped(workflow).getResult(TransferStatus.class);

    assertThat(result.state()).isEqualTo(TransferState.COMPLETED);
    assertThat(result.approver()).isEqualTo("carol");
    verify(bank).credit("tx-1", "bob", 50_000);
    verify(bank, never()).refund(anyString(), anyString(), anyLong());
  }

  @Test
  void aRejectedLargeTransferIsRefunded(TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    env.start();
    WorkflowClient.start(workflow::transfer, transfer(50_000));
    await().atMost(Duration.ofSeconds(30)).until(() -> workflow.status().state() == TransferState.AWAITING_APPROVAL);

    workflow.reject("carol", "unusual pattern");
    TransferStatus result = WorkflowStub.fromTyped(workflow).getResult(TransferStatus.class);

    assertThat(result.state()).isEqualTo(TransferState.REJECTED);
    assertThat(result.detail()).isEqualTo("rejected by carol: unusual pattern");
    verify(bank, never()).credit(anyString(), anyString(), anyLong());
    verify(bank).refund("tx-1", "alice", 50_000);
  }

  @Test
  void aLargeTransferNobodyApprovesExpiresAndIsRefunded(
      TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    env.start();

    TransferStatus result = workflow.transfer(transfer(50_000));

    assertThat(result.state()).isEqualTo(TransferState.EXPIRED);
    assertThat(result.detail()).isEqualTo("no approval within 3600s");
    verify(bank, never()).credit(anyString(), anyString(), anyLong());
    verify(bank).refund("tx-1", "alice", 50_000);
    verify(bank).notify(eq("tx-1"), eq(TransferState.EXPIRED), anyString());
  }

  @Test
  void anInvalidTransferMovesNoMoney(TestWorkflowEnvironment env, Worker worker, PaymentTransferWorkflow workflow) {
    PaymentActivities bank = bank(worker);
    doThrow(ApplicationFailure.newNonRetryableFailure("amount must be positive", PaymentDefaults.REFUSED))
        .when(bank).validate(any());
    env.start();

    TransferStatus result = workflow.transfer(transfer(-1));

    assertThat(result.state()).isEqualTo(TransferState.INVALID);
    assertThat(result.detail()).isEqualTo("amount must be positive");
    verify(bank, never()).screen(any());
    verify(bank, never()).debit(anyString(), anyString(), anyLong());
  }

  private static PaymentActivities bank(Worker worker) {
    PaymentActivities bank = mock(PaymentActivities.class, withSettings().withoutAnnotations());
    when(bank.screen(any())).thenReturn(new ScreeningResult(true, null));
    worker.registerActivitiesImplementations(bank);
    return bank;
  }
}
