package dev.millrace.client;

import dev.millrace.billing.BillingCursor;
import dev.millrace.billing.BillingDefaults;
import dev.millrace.billing.BillingStatus;
import dev.millrace.billing.Plan;
import dev.millrace.billing.SubscriptionBillingWorkflow;
import dev.millrace.billing.SubscriptionRequest;
import dev.millrace.payments.PaymentDefaults;
import dev.millrace.payments.PaymentTransferWorkflow;
import dev.millrace.payments.TransferRequest;
import dev.millrace.payments.TransferStatus;
import dev.millrace.payroll.PayrollDefaults;
import dev.millrace.payroll.PayrollRequest;
import dev.millrace.payroll.PayrollStatus;
import dev.millrace.payroll.PayrollWorkflow;
import dev.millrace.provisioning.InfrastructureProvisioningWorkflow;
import dev.millrace.provisioning.ProvisioningDefaults;
import dev.millrace.provisioning.ProvisioningRequest;
import dev.millrace.provisioning.ProvisioningStatus;
import dev.millrace.withdrawal.CashWithdrawalWorkflow;
import dev.millrace.withdrawal.WithdrawalDefaults;
import dev.millrace.withdrawal.WithdrawalRequest;
import dev.millrace.withdrawal.WithdrawalStatus;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.util.function.Supplier;

/**
 * Starts, queries and controls the operations workflows. Each workflow id is the business id (subscription,
 * environment, transfer reference, payroll, withdrawal), so starting the same one twice is refused by Temporal.
 */
public final class OperationsClient {
  private final WorkflowClient client;

  public OperationsClient(WorkflowClient client) {
    this.client = client;
  }

  public String startSubscription(SubscriptionRequest request) {
    SubscriptionBillingWorkflow workflow = newStub(SubscriptionBillingWorkflow.class, request.subscriptionId(),
        BillingDefaults.TASK_QUEUE);
    return start(request.subscriptionId(), () -> WorkflowClient.start(workflow::bill, BillingCursor.first(request)));
  }

  public BillingStatus billingStatus(String subscriptionId) {
    return existing(subscriptionId, () -> stub(SubscriptionBillingWorkflow.class, subscriptionId).status());
  }

  public void cancelSubscription(String subscriptionId, String reason) {
    existing(subscriptionId, () -> {
      stub(SubscriptionBillingWorkflow.class, subscriptionId).cancel(reason);
      return null;
    });
  }

  /** Returns the epoch millis of the first charge at the new price. */
  public long changePlan(String subscriptionId, Plan plan) {
    return existing(subscriptionId, () -> stub(SubscriptionBillingWorkflow.class, subscriptionId).changePlan(plan));
  }

  public String startProvisioning(ProvisioningRequest request) {
    InfrastructureProvisioningWorkflow workflow = newStub(InfrastructureProvisioningWorkflow.class,
        request.environmentId(), ProvisioningDefaults.TASK_QUEUE);
    return start(request.environmentId(), () -> WorkflowClient.start(workflow::provision, request));
  }

  public ProvisioningStatus provisioningStatus(String environmentId) {
    return existing(environmentId, () -> stub(InfrastructureProvisioningWorkflow.class, environmentId).status());
  }

  public String startTransfer(TransferRequest request) {
    PaymentTransferWorkflow workflow = newStub(PaymentTransferWorkflow.class, request.reference(),
        PaymentDefaults.TASK_QUEUE);
    return start(request.reference(), () -> WorkflowClient.start(workflow::transfer, request));
  }

  public TransferStatus transferStatus(String reference) {
    return existing(reference, () -> stub(PaymentTransferWorkflow.class, reference).status());
  }

  public void approveTransfer(String reference, String approver) {
    existing(reference, () -> {
      stub(PaymentTransferWorkflow.class, reference).approve(approver);
      return null;
    });
  }

  public void rejectTransfer(String reference, String approver, String reason) {
    existing(reference, () -> {
      stub(PaymentTransferWorkflow.class, reference).reject(approver, reason);
      return null;
    });
  }

  public String startPayroll(PayrollRequest request) {
    PayrollWorkflow workflow = newStub(PayrollWorkflow.class, request.payrollId(), PayrollDefaults.TASK_QUEUE);
    return start(request.payrollId(), () -> WorkflowClient.start(workflow::run, request));
  }

  public PayrollStatus payrollStatus(String payrollId) {
    return existing(payrollId, () -> stub(PayrollWorkflow.class, payrollId).status());
  }

  public String startWithdrawal(WithdrawalRequest request) {
    CashWithdrawalWorkflow workflow = newStub(CashWithdrawalWorkflow.class, request.withdrawalId(),
        WithdrawalDefaults.TASK_QUEUE);
    return start(request.withdrawalId(), () -> WorkflowClient.start(workflow::withdraw, request));
  }

  public WithdrawalStatus withdrawalStatus(String withdrawalId) {
    return existing(withdrawalId, () -> stub(CashWithdrawalWorkflow.class, withdrawalId).status());
  }

  public void confirmDispensed(String withdrawalId) {
    existing(withdrawalId, () -> {
      stub(CashWithdrawalWorkflow.class, withdrawalId).confirmDispensed();
      return null;
    });
  }

  public void reportDispenseFailure(String withdrawalId, String reason) {
    existing(withdrawalId, () -> {
      stub(CashWithdrawalWorkflow.class, withdrawalId).reportDispenseFailure(reason);
      return null;
    });
  }

  /** Waits for the workflow to end and returns its final status. */
  public <R> R result(String workflowId, Class<R> statusType) {
    return existing(workflowId, () -> client.newUntypedWorkflowStub(workflowId).getResult(statusType));
  }

  private <W> W newStub(Class<W> type, String workflowId, String taskQueue) {
    return client.newWorkflowStub(type, WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(taskQueue)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .build());
  }

  private <W> W stub(Class<W> type, String workflowId) {
    return client.newWorkflowStub(type, workflowId);
  }

  private static String start(String workflowId, Runnable start) {
    try {
      start.run();
    } catch (WorkflowExecutionAlreadyStarted e) {
      throw new RunConflictException(workflowId + " already exists; choose another id", e);
    }
    return workflowId;
  }

  private static <T> T existing(String workflowId, Supplier<T> call) {
    try {
      return call.get();
    } catch (WorkflowNotFoundException e) {
      throw new RunNotFoundException(workflowId, e);
    } catch (StatusRuntimeException e) {
      throw e.getStatus().getCode() == Status.Code.NOT_FOUND ? new RunNotFoundException(workflowId, e) : e;
    }
  }
}
